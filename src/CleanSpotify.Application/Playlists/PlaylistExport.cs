namespace CleanSpotify.Application.Playlists;

/// <summary>
/// A playlist saved from the top-tracks page, keyed by the user and the request id of the form that asked for it.
/// <see cref="PlaylistId"/> and <see cref="PlaylistUrl"/> are set once Spotify has created it.
/// </summary>
public sealed record PlaylistExport(
    string AppUserId,
    Guid RequestId,
    PlaylistExportStatus Status,
    string Name,
    int TrackCount,
    string? PlaylistId,
    Uri? PlaylistUrl,
    DateTimeOffset CreatedAt)
{
    public static PlaylistExport Reserve(string appUserId, Guid requestId, string name, int trackCount, DateTimeOffset createdAt) =>
        new(appUserId, requestId, PlaylistExportStatus.InProgress, name, trackCount, null, null, createdAt);
}
