namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>A file of the upload that could not be used (nothing from it was stored), with the row where it broke.</summary>
public sealed record ImportFileError(string FileName, int? Row, string Message);
