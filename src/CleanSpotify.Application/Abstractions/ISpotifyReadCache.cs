using CleanSpotify.Application.Common.Results;

namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: Spotify reads cached per app user and per question (endpoint, range, page). Keys always contain the user.
/// </summary>
public interface ISpotifyReadCache
{
    /// <summary>
    /// The cached read when fresh; otherwise <paramref name="fetch"/> runs once for all concurrent callers and its
    /// success is cached. When it fails because Spotify is failing or rate-limiting and an older copy exists, that
    /// copy is returned, marked stale.
    /// </summary>
    Task<Result<CachedRead<T>>> GetOrFetchAsync<T>(
        string appUserId,
        string key,
        Func<CancellationToken, Task<Result<T>>> fetch,
        CancellationToken cancellationToken);

    /// <summary>The last copy of a read, however old, without ever asking Spotify; null when there is none.</summary>
    Task<CachedRead<T>?> PeekAsync<T>(string appUserId, string key, CancellationToken cancellationToken);

    /// <summary>Makes the user's next reads go to Spotify; older copies stay as fallbacks.</summary>
    Task ExpireUserAsync(string appUserId, CancellationToken cancellationToken);

    /// <summary>Forgets everything cached for the user.</summary>
    Task ForgetUserAsync(string appUserId, CancellationToken cancellationToken);
}
