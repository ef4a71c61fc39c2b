namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>
/// A streaming-history file found in the upload: the <paramref name="Upload"/> it is in (its index), the entry's
/// <paramref name="EntryName"/> inside a zip (null for a loose file), the name shown in messages, its kind and size.
/// </summary>
public sealed record DataExportFile(int Upload, string? EntryName, string DisplayName, DataExportFileKind Kind, long Length);
