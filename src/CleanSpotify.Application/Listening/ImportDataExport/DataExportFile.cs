namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>
/// A streaming-history file found in the upload: the <paramref name="Upload"/> it is in (its index), the index of its
/// <paramref name="Entry"/> inside a zip (null for a loose file), the name shown in messages, its kind and size.
/// </summary>
public sealed record DataExportFile(int Upload, int? Entry, string DisplayName, DataExportFileKind Kind, long Length);
