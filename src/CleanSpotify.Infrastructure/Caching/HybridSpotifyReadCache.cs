using System.ComponentModel;
using System.Diagnostics;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Infrastructure.Telemetry;
using Microsoft.Extensions.Caching.Hybrid;

namespace CleanSpotify.Infrastructure.Caching;

/// <summary>
/// <see cref="ISpotifyReadCache"/> on <see cref="HybridCache"/>. Each read is kept twice: a fresh copy for
/// <see cref="FreshFor"/> (its factory runs once for concurrent callers: HybridCache's stampede protection) and a
/// fallback copy for <see cref="KeepFallbackFor"/>, served marked stale when Spotify fails. Every key and tag holds
/// the app user id, so one user's entries can be dropped at once and never reach another user. Keys also hold the
/// link id: <see cref="HybridCache.RemoveByTagAsync(string, CancellationToken)"/> does not evict the in-memory copies
/// of other instances (dotnet/runtime#125602), so after an unlink and a new link, possibly to another Spotify
/// account, no instance can find an entry cached for the previous link. Tags stay per user, so expiring and
/// forgetting reach every link of the user (and the second level). Each lookup is counted
/// as a hit, a miss or a stale fallback, by the key's first segment ("top", "recent", "profile"). HybridCache runs the
/// factory without the caller's execution context, so the fetch opens its own span under the caller's, which keeps
/// the Spotify calls in the page's trace.
/// </summary>
internal sealed class HybridSpotifyReadCache(HybridCache cache, TimeProvider timeProvider, CleanSpotifyMetrics metrics) : ISpotifyReadCache
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan KeepFallbackFor = TimeSpan.FromDays(1);

    private static readonly HybridCacheEntryOptions FreshOptions = new() { Expiration = FreshFor, LocalCacheExpiration = FreshFor };

    private static readonly HybridCacheEntryOptions FallbackOptions = new() { Expiration = KeepFallbackFor, LocalCacheExpiration = KeepFallbackFor };

    /// <summary>
    /// How long this instance remembers what a peek found (the fallback copy, or that there was none). The header
    /// peeks on every page, and HybridCache's miss path for users with no cached profile cost a seventh of a cached
    /// page (issue 15's profile). A fetch here updates the remembered peek at once; one on another instance is seen
    /// within this time.
    /// </summary>
    public static readonly TimeSpan RememberPeekFor = TimeSpan.FromMinutes(1);

    private static readonly HybridCacheEntryOptions PeekOptions = new()
    {
        Expiration = RememberPeekFor,
        LocalCacheExpiration = RememberPeekFor,
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    /// <summary>Reads the fallback copy without ever writing it: what a peek remembers, and what a failed fetch serves.</summary>
    private static readonly HybridCacheEntryOptions FallbackReadOptions = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    public async Task<Result<CachedRead<T>>> GetOrFetchAsync<T>(
        LinkedSpotifyUser user,
        string key,
        Func<CancellationToken, Task<Result<T>>> fetch,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(user.AppUserId);
        ArgumentNullException.ThrowIfNull(fetch);
        var appUserId = user.AppUserId;
        var fallbackKey = KeyFor(user, "fallback", key);
        var read = key.Split(':', 2)[0];
        var caller = Activity.Current?.Context ?? default;
        var fetchedHere = false;
        try
        {
            var entry = await cache.GetOrCreateAsync(
                KeyFor(user, "fresh", key),
                async token =>
                {
                    using var activity = CleanSpotifyTracing.Source.StartActivity(CleanSpotifyTracing.SpotifyFetchSpan, ActivityKind.Internal, caller);
                    activity?.SetTag(CleanSpotifyMetrics.CacheReadTag, read);
                    var result = await fetch(token);
                    if (!result.IsSuccess)
                    {
                        activity?.SetStatus(ActivityStatusCode.Error, result.Error.Code);
                        throw new SpotifyReadFailedException(result.Error);
                    }

                    var fetched = new CacheEntry<T>(result.Value, timeProvider.GetUtcNow());
                    await cache.SetAsync(fallbackKey, fetched, FallbackOptions, [UserTag(appUserId)], token);
                    await cache.SetAsync<CacheEntry<T>?>(KeyFor(user, "peek", key), fetched, PeekOptions, [UserTag(appUserId)], token);
                    fetchedHere = true;
                    return fetched;
                },
                FreshOptions,
                [UserTag(appUserId), FreshTag(appUserId)],
                cancellationToken);
            metrics.CacheLookedUp(read, fetchedHere ? CleanSpotifyMetrics.CacheResult.Miss : CleanSpotifyMetrics.CacheResult.Hit);
            return new CachedRead<T>(entry.Value, entry.FetchedAt, !fetchedHere, null);
        }
        catch (SpotifyReadFailedException failure) when (failure.Error.Kind is ErrorKind.Upstream or ErrorKind.RateLimited or ErrorKind.Throttled)
        {
            var fallback = await ReadFallbackAsync<T>(fallbackKey, cancellationToken);
            metrics.CacheLookedUp(read, fallback is null ? CleanSpotifyMetrics.CacheResult.Miss : CleanSpotifyMetrics.CacheResult.Stale);
            return fallback is null
                ? failure.Error
                : new CachedRead<T>(fallback.Value, fallback.FetchedAt, true, failure.Error);
        }
        catch (SpotifyReadFailedException failure)
        {
            metrics.CacheLookedUp(read, CleanSpotifyMetrics.CacheResult.Miss);
            return failure.Error;
        }
    }

    public async Task<CachedRead<T>?> PeekAsync<T>(LinkedSpotifyUser user, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var fallback = await cache.GetOrCreateAsync(
            KeyFor(user, "peek", key),
            (Cache: this, FallbackKey: KeyFor(user, "fallback", key)),
            static async (state, token) => await state.Cache.ReadFallbackAsync<T>(state.FallbackKey, token),
            PeekOptions,
            [UserTag(user.AppUserId)],
            cancellationToken);
        return fallback is null ? null : new CachedRead<T>(fallback.Value, fallback.FetchedAt, true, null);
    }

    public async Task ExpireUserAsync(string appUserId, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(FreshTag(appUserId), cancellationToken);

    public async Task ForgetUserAsync(string appUserId, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(UserTag(appUserId), cancellationToken);

    private async Task<CacheEntry<T>?> ReadFallbackAsync<T>(string fallbackKey, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync<CacheEntry<T>?>(
            fallbackKey, _ => ValueTask.FromResult<CacheEntry<T>?>(null), FallbackReadOptions, null, cancellationToken);

    private static string KeyFor(LinkedSpotifyUser user, string copy, string key) =>
        $"spotify:{user.AppUserId}:{user.LinkId:N}:{copy}:{key}";

    private static string UserTag(string appUserId) => $"user:{appUserId}";

    private static string FreshTag(string appUserId) => $"user:{appUserId}:fresh";

    /// <summary>
    /// What is stored: the value and when Spotify produced it. Marked immutable (the DTOs it carries are read-only
    /// records and lists that nothing changes after the fetch), so HybridCache hands out the instance it keeps in
    /// memory instead of deserialising a defensive copy on every hit.
    /// </summary>
    [ImmutableObject(true)]
    internal sealed record CacheEntry<TValue>(TValue Value, DateTimeOffset FetchedAt);

    /// <summary>Carries a failed read out of the cache factory, so that nothing is cached for it.</summary>
    private sealed class SpotifyReadFailedException(Error error) : Exception(error.Message)
    {
        public Error Error { get; } = error;
    }
}
