using CleanSpotify.Domain.Listening;

namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>One row of a streaming-history file (numbered from 1): a play to store, or why it was skipped.</summary>
public sealed record DataExportRow(int Number, Play? Play, ImportSkipReason? Skipped);
