namespace CleanSpotify.Application.Export;

/// <summary>
/// A download written while it is read, for exports too large to hold in memory: the name to save it under (the Web
/// edge adds the format's extension), its format, and the writer of its content.
/// </summary>
public sealed record ExportStreamDto(string Name, ExportFormat Format, Func<Stream, CancellationToken, Task> WriteToAsync);
