namespace CleanSpotify.Application.Export;

/// <summary>A download: the name to save it under (the Web edge adds the format's extension), its format and its bytes.</summary>
public sealed record ExportFileDto(string Name, ExportFormat Format, byte[] Content);
