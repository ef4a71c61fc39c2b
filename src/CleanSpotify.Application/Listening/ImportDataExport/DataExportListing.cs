namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>The streaming-history files of an upload, in a stable order, and the uploaded files that could not be used.</summary>
public sealed record DataExportListing(IReadOnlyList<DataExportFile> Files, IReadOnlyList<ImportFileError> Errors);
