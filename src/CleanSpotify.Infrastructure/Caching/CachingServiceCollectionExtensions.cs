using CleanSpotify.Application.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CleanSpotify.Infrastructure.Caching;

internal static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// HybridCache in memory, bounded by <c>Cache:MemoryLimitMegabytes</c>; with <c>ConnectionStrings:Redis</c>, Redis
    /// is its shared second level.
    /// </summary>
    public static IServiceCollection AddCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = services.AddValidatedNow<CacheOptions>(
            options => configuration.GetSection(CacheOptions.SectionName).Bind(options), new CacheOptionsValidator());
        services.AddMemoryCache(memory => memory.SizeLimit = limits.MemoryLimitBytes);
        if (configuration.GetConnectionString(DependencyInjection.RedisConnectionStringName) is { Length: > 0 } redis)
        {
            services.AddStackExchangeRedisCache(options =>
            {
                // A cache must not hold a page up: while Redis is unreachable, commands fail at once (HybridCache then
                // serves from memory and Spotify) instead of waiting in the backlog for the command timeout, and the
                // connection keeps retrying in the background.
                var redisOptions = ConfigurationOptions.Parse(redis);
                redisOptions.AbortOnConnectFail = false;
                redisOptions.BacklogPolicy = BacklogPolicy.FailFast;
                options.ConfigurationOptions = redisOptions;
                options.InstanceName = "cleanspotify:";
            });
            // A load balancer's probe gets an answer within its own usual timeout, however Redis fails.
            services.AddHealthChecks().AddRedis(redis, "redis", tags: [DependencyInjection.ReadyTag], timeout: TimeSpan.FromSeconds(3));
        }

        services.AddHybridCache();
        services.AddSingleton<ISpotifyReadCache, HybridSpotifyReadCache>();
        services.AddSingleton<IUserResultCache, HybridUserResultCache>();
        return services;
    }
}
