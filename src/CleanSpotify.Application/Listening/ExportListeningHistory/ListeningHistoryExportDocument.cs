namespace CleanSpotify.Application.Listening.ExportListeningHistory;

/// <summary>
/// The root of the JSON export, as the other exports' roots: what it is, when it was exported (ISO 8601 UTC), how
/// many plays (counted as the export starts: a play collected while it is written may be in the items but not the
/// total), and the plays oldest first, written as they are read.
/// </summary>
public sealed record ListeningHistoryExportDocument(string List, string ExportedAt, int Total, IAsyncEnumerable<PlayExportItem> Items);
