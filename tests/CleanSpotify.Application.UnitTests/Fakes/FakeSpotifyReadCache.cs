using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;

namespace CleanSpotify.Application.UnitTests.Fakes;

/// <summary>
/// In-memory <see cref="ISpotifyReadCache"/> with the port's contract: a read stays fresh for <see cref="FreshFor"/>
/// per (user, key); when a fetch fails because Spotify is failing or rate-limiting, the older copy is served marked
/// stale; <see cref="ExpireUserAsync"/> drops only that user's fresh copies. <see cref="ServeStale"/> makes every
/// read act as if Spotify had just failed, and <see cref="Fetches"/> counts how often the fetch really ran. Reads may
/// come from several threads at once (concurrent misses each fetch).
/// </summary>
public sealed class FakeSpotifyReadCache(TimeProvider timeProvider) : ISpotifyReadCache
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(5);

    private readonly Dictionary<(string AppUserId, string Key), Entry> _entries = [];
    private Error? _staleBecause;

    private int _fetches;

    public int Fetches => Volatile.Read(ref _fetches);

    public List<(string AppUserId, string Key)> Reads { get; } = [];

    public List<string> ExpiredUsers { get; } = [];

    public List<string> ForgottenUsers { get; } = [];

    /// <summary>From now on, reads do not fetch: they serve the kept copy marked stale because of <paramref name="because"/>, or that error.</summary>
    public void ServeStale(Error because) => _staleBecause = because;

    public async Task<Result<CachedRead<T>>> GetOrFetchAsync<T>(
        string appUserId,
        string key,
        Func<CancellationToken, Task<Result<T>>> fetch,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(appUserId);
        ArgumentNullException.ThrowIfNull(fetch);
        Entry? kept;
        lock (_entries)
        {
            Reads.Add((appUserId, key));
            _entries.TryGetValue((appUserId, key), out kept);
        }

        if (_staleBecause is not null)
        {
            return Fallback<T>(kept, _staleBecause);
        }

        if (kept is { Expired: false } && timeProvider.GetUtcNow() < kept.FetchedAt + FreshFor)
        {
            return new CachedRead<T>((T)kept.Value, kept.FetchedAt, true, null);
        }

        Interlocked.Increment(ref _fetches);
        var result = await fetch(cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.Kind is ErrorKind.Upstream or ErrorKind.RateLimited
                ? Fallback<T>(kept, result.Error)
                : result.Error;
        }

        var fetchedAt = timeProvider.GetUtcNow();
        lock (_entries)
        {
            _entries[(appUserId, key)] = new Entry(result.Value!, fetchedAt, Expired: false);
        }

        return new CachedRead<T>(result.Value, fetchedAt, false, null);
    }

    public Task<CachedRead<T>?> PeekAsync<T>(string appUserId, string key, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            return Task.FromResult(_entries.TryGetValue((appUserId, key), out var kept)
                ? new CachedRead<T>((T)kept.Value, kept.FetchedAt, true, null)
                : null);
        }
    }

    public Task ExpireUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        ExpiredUsers.Add(appUserId);
        foreach (var key in _entries.Keys.Where(k => k.AppUserId == appUserId).ToArray())
        {
            _entries[key] = _entries[key] with { Expired = true };
        }

        return Task.CompletedTask;
    }

    public Task ForgetUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        ForgottenUsers.Add(appUserId);
        foreach (var key in _entries.Keys.Where(k => k.AppUserId == appUserId).ToArray())
        {
            _entries.Remove(key);
        }

        return Task.CompletedTask;
    }

    private static Result<CachedRead<T>> Fallback<T>(Entry? kept, Error because) =>
        kept is null ? because : new CachedRead<T>((T)kept.Value, kept.FetchedAt, true, because);

    private sealed record Entry(object Value, DateTimeOffset FetchedAt, bool Expired);
}
