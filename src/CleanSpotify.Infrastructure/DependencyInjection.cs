using System.Net.Http.Headers;
using System.Text;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Infrastructure.Caching;
using CleanSpotify.Infrastructure.Persistence;
using CleanSpotify.Infrastructure.Spotify;
using CleanSpotify.Infrastructure.Telemetry;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace CleanSpotify.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Data Protection application name: instances sharing a key ring must use the same one.</summary>
    public const string ApplicationName = "CleanSpotify";

    /// <summary>Tag of the health checks that say whether an instance can serve requests (never Spotify).</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Everything behind the Application ports: validated Spotify options, the Refit clients and their HTTP
    /// pipelines, the SQLite database with Identity's stores, token encryption, and migrations at start.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddCleanSpotifyTelemetry(configuration);
        services.AddPersistence(configuration);
        services.AddSpotify(configuration);
        services.AddHybridCache();
        services.AddSingleton<ISpotifyReadCache, HybridSpotifyReadCache>();
        return services;
    }

    private static void AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IHostEnvironment, ILoggerFactory>((options, environment, loggerFactory) =>
                options.XmlRepository = new FileSystemXmlRepository(
                    new DirectoryInfo(DatabaseOptions.ResolveKeysPath(configuration[DatabaseOptions.KeysPathKey], environment.ContentRootPath)),
                    loggerFactory));
        services.AddSingleton<TokenProtector>();

        services.AddDbContext<CleanSpotifyDbContext>((provider, options) => options
            .UseSqlite(DatabaseOptions.ResolveConnectionString(
                configuration.GetConnectionString(DatabaseOptions.ConnectionStringName),
                provider.GetRequiredService<IHostEnvironment>().ContentRootPath))
            .ReplaceService<IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>());

        services.AddIdentityCore<IdentityUser>().AddEntityFrameworkStores<CleanSpotifyDbContext>();
        services.AddScoped<SpotifyLinkStore>();
        services.AddScoped<ISpotifyLinkStore>(provider => provider.GetRequiredService<SpotifyLinkStore>());
        services.AddScoped<ISpotifyLinkRemover>(provider => provider.GetRequiredService<SpotifyLinkStore>());
        services.AddScoped<IPendingAuthorizationStore, PendingAuthorizationStore>();
        services.AddScoped<IRankHistoryStore, RankHistoryStore>();
        services.AddScoped<IPlaylistExportStore, PlaylistExportStore>();
        services.AddHostedService<DatabaseMigrator>();
        services.AddHealthChecks().AddDbContextCheck<CleanSpotifyDbContext>("database", tags: [ReadyTag]);
    }

    private static void AddSpotify(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SpotifyOptions>()
            .Bind(configuration.GetSection(SpotifyOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SpotifyOptions>, SpotifyOptionsValidator>();

        var refitSettings = new RefitSettings(new SystemTextJsonContentSerializer(SpotifyJson.Options));

        // The token endpoint: a timeout and no retry, as an authorization code is single-use.
        services.AddRefitGeneratedClient<ISpotifyAccountsApi>(refitSettings)
            .ConfigureHttpClient((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<SpotifyOptions>>().Value;
                client.BaseAddress = new Uri(options.AccountsBaseUrl.TrimEnd('/'));
                client.Timeout = TimeSpan.FromSeconds(10);
                if (!string.IsNullOrEmpty(options.ClientSecret))
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                        "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
                            $"{Uri.EscapeDataString(options.ClientId!)}:{Uri.EscapeDataString(options.ClientSecret)}")));
                }
            })
            .RemoveAllLoggers()
            .AddLogger<SpotifyHttpLogger>();

        services.AddSingleton<SpotifyHttpLogger>();
        services.AddTransient<SpotifyBearerTokenHandler>();
        services.AddTransient<SpotifyRateLimitHandler>();
        services.AddSingleton<SpotifyCooldown>();
        services.AddRefitGeneratedClient<ISpotifyWebApi>(refitSettings)
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = new Uri(provider.GetRequiredService<IOptions<SpotifyOptions>>().Value.ApiBaseUrl.TrimEnd('/'));
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllLoggers()
            .AddLogger<SpotifyHttpLogger>()
            .AddSpotifyResilience()
            .AddSpotifyRateLimits()
            .AddSpotifyBearerToken();

        services.AddSingleton<SpotifyRefreshGate>();
        services.AddScoped<SpotifyTokenClient>();
        services.AddScoped<SpotifyTokenService>();
        services.AddScoped<ISpotifyAccountsService, SpotifyAccountsService>();
        services.AddScoped<ISpotifyProfileReader, SpotifyProfileReader>();
        services.AddScoped<ISpotifyTopItemsReader, SpotifyTopItemsReader>();
        services.AddScoped<ISpotifyRecentlyPlayedReader, SpotifyRecentlyPlayedReader>();
        services.AddScoped<ISpotifyPlaylistWriter, SpotifyPlaylistWriter>();
    }
}
