namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// A Spotify read as the cache served it: when Spotify produced it, whether it came from the cache, and, when it is
/// an older copy served because Spotify failed just now, why.
/// </summary>
public sealed record CachedRead<T>(T Value, DateTimeOffset FetchedAt, bool FromCache, Error? StaleBecause)
{
    public bool IsStale => StaleBecause is not null;
}
