using CleanSpotify.Infrastructure.Caching;
using CleanSpotify.Infrastructure.Import;
using CleanSpotify.Infrastructure.Persistence;
using CleanSpotify.Infrastructure.Scheduling;
using CleanSpotify.Infrastructure.Spotify;
using CleanSpotify.Infrastructure.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CleanSpotify.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Name of the optional Redis connection string (HybridCache's second level).</summary>
    public const string RedisConnectionStringName = "Redis";

    /// <summary>Tag of the health checks that say whether an instance can serve requests (never Spotify).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Everything behind the Application ports, one concern per line; each validates its settings at start.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddCleanSpotifyTelemetry(configuration);
        services.AddPersistence(configuration);
        services.AddKeyRing(configuration);
        services.AddSiteAccounts();
        services.AddSpotify(configuration);
        services.AddCaching(configuration);
        services.AddBackgroundCollection(configuration);
        services.AddDataExportImport(configuration);
        return services;
    }

    /// <summary>
    /// The Spotify accounts and Web API base URLs in use (the sandbox's in sandbox mode), for the site's
    /// Content-Security-Policy. Read after start-up validation, so both are absolute http or https URLs.
    /// </summary>
    public static (Uri Accounts, Uri Api) SpotifyBaseUrls(IConfiguration configuration)
    {
        var options = new SpotifyOptions();
        configuration.GetSection(SpotifyOptions.SectionName).Bind(options);
        return (new Uri(options.AccountsBaseUrl), new Uri(options.ApiBaseUrl));
    }
}
