namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

internal sealed record SnapshotResponse(string SnapshotId);
