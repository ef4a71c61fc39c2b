using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>
/// In-memory <see cref="ISpotifyReadCache"/> with the port's contract: a read stays fresh for <see cref="FreshFor"/>
/// per (user, link, key), so a read cached for one link is never served for another link of the same user, even
/// when nothing was forgotten in between (as on another instance); when a fetch fails because Spotify is failing or rate-limiting, the older copy is served marked
/// stale; <see cref="ExpireUserAsync"/> drops only that user's fresh copies, of every link. <see cref="ServeStale"/> makes every
/// read act as if Spotify had just failed, and <see cref="Fetches"/> counts how often the fetch really ran. Reads may
/// come from several threads at once (concurrent misses each fetch).
/// </summary>
public sealed class FakeSpotifyReadCache(TimeProvider timeProvider) : ISpotifyReadCache
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(5);

    private readonly Dictionary<(LinkedSpotifyUser User, string Key), Entry> _entries = [];
    private Error? _staleBecause;

    private int _fetches;

    public int Fetches => Volatile.Read(ref _fetches);

    public List<(LinkedSpotifyUser User, string Key)> Reads { get; } = [];

    public List<string> ExpiredUsers { get; } = [];

    public List<string> ForgottenUsers { get; } = [];

    /// <summary>From now on, reads do not fetch: they serve the kept copy marked stale because of <paramref name="because"/>, or that error.</summary>
    public void ServeStale(Error because) => _staleBecause = because;

    public async Task<Result<CachedRead<T>>> GetOrFetchAsync<T>(
        LinkedSpotifyUser user,
        string key,
        Func<CancellationToken, Task<Result<T>>> fetch,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(user.AppUserId);
        ArgumentNullException.ThrowIfNull(fetch);
        Entry? kept;
        lock (_entries)
        {
            Reads.Add((user, key));
            _entries.TryGetValue((user, key), out kept);
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
            return result.Error.Kind is ErrorKind.Upstream or ErrorKind.RateLimited or ErrorKind.Throttled
                ? Fallback<T>(kept, result.Error)
                : result.Error;
        }

        var fetchedAt = timeProvider.GetUtcNow();
        lock (_entries)
        {
            _entries[(user, key)] = new Entry(result.Value!, fetchedAt, Expired: false);
        }

        return new CachedRead<T>(result.Value, fetchedAt, false, null);
    }

    public Task<CachedRead<T>?> PeekAsync<T>(LinkedSpotifyUser user, string key, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            return Task.FromResult(_entries.TryGetValue((user, key), out var kept)
                ? new CachedRead<T>((T)kept.Value, kept.FetchedAt, true, null)
                : null);
        }
    }

    public Task ExpireUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        ExpiredUsers.Add(appUserId);
        foreach (var key in _entries.Keys.Where(k => k.User.AppUserId == appUserId).ToArray())
        {
            _entries[key] = _entries[key] with { Expired = true };
        }

        return Task.CompletedTask;
    }

    public Task ForgetUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        ForgottenUsers.Add(appUserId);
        foreach (var key in _entries.Keys.Where(k => k.User.AppUserId == appUserId).ToArray())
        {
            _entries.Remove(key);
        }

        return Task.CompletedTask;
    }

    private static Result<CachedRead<T>> Fallback<T>(Entry? kept, Error because) =>
        kept is null ? because : new CachedRead<T>((T)kept.Value, kept.FetchedAt, true, because);

    private sealed record Entry(object Value, DateTimeOffset FetchedAt, bool Expired);
}
