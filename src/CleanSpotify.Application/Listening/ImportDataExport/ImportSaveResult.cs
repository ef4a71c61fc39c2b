namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>What storing one batch of imported plays did.</summary>
public sealed record ImportSaveResult(int Added, int Duplicates, int EstimatesReplaced);
