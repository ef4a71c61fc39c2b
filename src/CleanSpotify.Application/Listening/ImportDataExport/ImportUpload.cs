namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>One uploaded file: its name as sent and a way to read it once.</summary>
public sealed record ImportUpload(string FileName, Func<Stream> OpenRead);
