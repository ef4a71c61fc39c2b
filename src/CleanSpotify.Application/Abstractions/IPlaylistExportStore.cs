using CleanSpotify.Application.Playlists;

namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: the playlists saved from the site, one record per form submission (its request id), so that submitting
/// the same form twice creates one playlist.
/// </summary>
public interface IPlaylistExportStore
{
    Task<PlaylistExport?> FindAsync(string appUserId, Guid requestId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="pending"/> unless a record with its user and request id exists. Returns null when this
    /// call reserved the request id, or the record that holds it (in progress or done) when another call got there first.
    /// </summary>
    Task<PlaylistExport?> TryReserveAsync(PlaylistExport pending, CancellationToken cancellationToken);

    /// <summary>Marks a reservation done with the playlist Spotify created.</summary>
    Task<PlaylistExport> CompleteAsync(string appUserId, Guid requestId, string playlistId, Uri? playlistUrl, CancellationToken cancellationToken);

    /// <summary>Drops an unfinished reservation, so that the same form can be submitted again.</summary>
    Task ReleaseAsync(string appUserId, Guid requestId, CancellationToken cancellationToken);

    /// <summary>Every record of the user, oldest first.</summary>
    Task<IReadOnlyList<PlaylistExport>> ListForUserAsync(string appUserId, CancellationToken cancellationToken);

    Task DeleteForUserAsync(string appUserId, CancellationToken cancellationToken);
}
