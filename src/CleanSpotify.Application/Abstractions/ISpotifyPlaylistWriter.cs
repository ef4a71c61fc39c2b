namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: creates playlists in the user's own Spotify account, with the user's own token.</summary>
public interface ISpotifyPlaylistWriter
{
    /// <summary>The largest number of items Spotify accepts in one add request.</summary>
    const int MaxItemsPerRequest = 100;

    Task<Result<SpotifyPlaylistRef>> CreatePrivatePlaylistAsync(string appUserId, string name, string description, CancellationToken cancellationToken);

    /// <summary>Appends up to <see cref="MaxItemsPerRequest"/> <c>spotify:track:…</c> URIs.</summary>
    Task<Result> AddTracksAsync(string appUserId, string playlistId, IReadOnlyList<string> trackUris, CancellationToken cancellationToken);
}
