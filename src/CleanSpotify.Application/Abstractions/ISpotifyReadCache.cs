using CleanSpotify.Application.Links;

namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: Spotify reads cached per app user, per link and per question (endpoint, range, page). Reads are kept under
/// the link they were made for, not only the user: with several instances, forgetting a user's reads does not reach
/// the in-memory copies of the other instances, and a user who unlinks and links again (perhaps another Spotify
/// account) gets a new link, so no instance can serve them what was cached for the previous link. Expiring and
/// forgetting stay per user and cover all of the user's links.
/// </summary>
public interface ISpotifyReadCache
{
    /// <summary>
    /// The cached read when fresh; otherwise <paramref name="fetch"/> runs once for all concurrent callers and its
    /// success is cached. When it fails because Spotify is failing or rate-limiting and an older copy exists, that
    /// copy is returned, marked stale.
    /// </summary>
    Task<Result<CachedRead<T>>> GetOrFetchAsync<T>(
        LinkedSpotifyUser user,
        string key,
        Func<CancellationToken, Task<Result<T>>> fetch,
        CancellationToken cancellationToken);

    /// <summary>
    /// The last copy of a read made for this link, however old, without ever asking Spotify; null when there is none.
    /// </summary>
    Task<CachedRead<T>?> PeekAsync<T>(LinkedSpotifyUser user, string key, CancellationToken cancellationToken);

    /// <summary>Makes the user's next reads go to Spotify; older copies stay as fallbacks.</summary>
    Task ExpireUserAsync(string appUserId, CancellationToken cancellationToken);

    /// <summary>Forgets everything cached for the user.</summary>
    Task ForgetUserAsync(string appUserId, CancellationToken cancellationToken);
}
