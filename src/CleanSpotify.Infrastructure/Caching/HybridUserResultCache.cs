using CleanSpotify.Application.Abstractions;
using Microsoft.Extensions.Caching.Hybrid;

namespace CleanSpotify.Infrastructure.Caching;

/// <summary>
/// Adapter for <see cref="IUserResultCache"/> on HybridCache, in this instance's memory only (a result is cheap to
/// compute again elsewhere and costs nothing to keep in step: its key names its inputs' version). The user id leads
/// every key, and concurrent requests for one key compute it once.
/// </summary>
internal sealed class HybridUserResultCache(HybridCache cache) : IUserResultCache
{
    /// <summary>How long an unused result is kept.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    private static readonly HybridCacheEntryOptions Options = new()
    {
        Expiration = KeepFor,
        LocalCacheExpiration = KeepFor,
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    public ValueTask<T> GetOrCreateAsync<T>(string appUserId, string key, Func<CancellationToken, ValueTask<T>> create, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync($"user:{appUserId}:{key}", create, Options, cancellationToken: cancellationToken);
}
