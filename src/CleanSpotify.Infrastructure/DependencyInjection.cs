using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Infrastructure.Caching;
using CleanSpotify.Infrastructure.Persistence;
using CleanSpotify.Infrastructure.Persistence.Postgres;
using CleanSpotify.Infrastructure.Persistence.Sqlite;
using CleanSpotify.Infrastructure.Spotify;
using CleanSpotify.Infrastructure.Telemetry;
using Medallion.Threading;
using Medallion.Threading.Postgres;
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
using StackExchange.Redis;

namespace CleanSpotify.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Data Protection application name: instances sharing a key ring must use the same one.</summary>
    public const string ApplicationName = "CleanSpotify";

    /// <summary>Name of the optional Redis connection string (HybridCache's second level).</summary>
    public const string RedisConnectionStringName = "Redis";

    /// <summary>Tag of the health checks that say whether an instance can serve requests (never Spotify).</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Everything behind the Application ports: validated Spotify options, the Refit clients and their HTTP
    /// pipelines, the database (SQLite or PostgreSQL) with Identity's stores, the key ring and token encryption,
    /// the cache (Redis as second level when configured), and migrations at start.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddCleanSpotifyTelemetry(configuration);
        services.AddPersistence(configuration);
        services.AddSpotify(configuration);
        services.AddCaching(configuration);
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

    private static void AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        // Registered first so it runs first: the schema (and the key ring's table) exists before any other hosted
        // service, such as Data Protection's key ring loader, reads the database.
        services.AddHostedService<DatabaseMigrator>();

        var provider = DatabaseOptions.ReadProvider(configuration);
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                var connectionString = DatabaseOptions.RequirePostgresConnectionString(configuration);
                services.AddDbContext<CleanSpotifyDbContext, PostgresCleanSpotifyDbContext>(options => options
                    .UseNpgsql(connectionString)
                    .ReplaceService<IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>());

                // Token refreshes are single-flight across instances on a PostgreSQL advisory lock (ADR 0017).
                services.AddSingleton<IDistributedLockProvider>(new PostgresDistributedSynchronizationProvider(connectionString));
                break;
            default:
                services.AddDbContext<CleanSpotifyDbContext, SqliteCleanSpotifyDbContext>((serviceProvider, options) => options
                    .UseSqlite(DatabaseOptions.ResolveSqliteConnectionString(
                        configuration.GetConnectionString(DatabaseOptions.ConnectionStringName),
                        serviceProvider.GetRequiredService<IHostEnvironment>().ContentRootPath))
                    .ReplaceService<IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>());
                break;
        }

        services.AddKeyRing(configuration);
        services.AddSingleton<TokenProtector>();

        services.AddIdentityCore<IdentityUser>().AddEntityFrameworkStores<CleanSpotifyDbContext>();
        services.AddScoped<SpotifyLinkStore>();
        services.AddScoped<ISpotifyLinkStore>(provider => provider.GetRequiredService<SpotifyLinkStore>());
        services.AddScoped<ISpotifyLinkRemover>(provider => provider.GetRequiredService<SpotifyLinkStore>());
        services.AddScoped<IPendingAuthorizationStore, PendingAuthorizationStore>();
        services.AddScoped<IRankHistoryStore, RankHistoryStore>();
        services.AddScoped<IPlaylistExportStore, PlaylistExportStore>();
        services.AddScoped<ISiteAccountStore, SiteAccountStore>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddHealthChecks().AddDbContextCheck<CleanSpotifyDbContext>("database", tags: [ReadyTag]);
    }

    /// <summary>
    /// One key ring per deployment under a fixed application name, so cookies, antiforgery tokens and encrypted
    /// tokens written by one instance are read by every other: in a folder by default, or in the database.
    /// Optionally encrypted at rest with a certificate, kept apart from the database (ADR 0016); outside Development a
    /// key ring in the database must be (<see cref="KeyRingOptionsValidator"/>).
    /// </summary>
    private static void AddKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var keyStore = DatabaseOptions.ReadKeyStore(configuration);
        services.AddOptions<KeyRingOptions>()
            .Configure(options =>
            {
                options.KeyStore = keyStore;
                options.CertificatePath = configuration[DatabaseOptions.CertificatePathKey];
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyRingOptions>, KeyRingOptionsValidator>();

        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (keyStore == KeyStore.Database)
        {
            dataProtection.PersistKeysToDbContext<CleanSpotifyDbContext>();
        }
        else
        {
            services.AddOptions<KeyManagementOptions>()
                .Configure<IHostEnvironment, ILoggerFactory>((options, environment, loggerFactory) =>
                    options.XmlRepository = new FileSystemXmlRepository(
                        new DirectoryInfo(DatabaseOptions.ResolveKeysPath(configuration[DatabaseOptions.KeysPathKey], environment.ContentRootPath)),
                        loggerFactory));
        }

        if (configuration[DatabaseOptions.CertificatePathKey] is { Length: > 0 } certificatePath)
        {
            dataProtection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration[DatabaseOptions.CertificatePasswordKey]));
        }
    }

    /// <summary>HybridCache in memory; with <c>ConnectionStrings:Redis</c>, Redis is its shared second level.</summary>
    private static void AddCaching(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetConnectionString(RedisConnectionStringName) is { Length: > 0 } redis)
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
            services.AddHealthChecks().AddRedis(redis, "redis", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(3));
        }

        services.AddHybridCache();
        services.AddSingleton<ISpotifyReadCache, HybridSpotifyReadCache>();
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
        services.AddSingleton<SpotifyCooldown>();
        services.AddOptions<SpotifyResilienceOptions>();
        services.AddSingleton<SpotifyResiliencePipeline>();
        services.AddOptions<SpotifyCallBudgetOptions>()
            .Bind(configuration.GetSection(SpotifyCallBudgetOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SpotifyCallBudget>();
        services.AddTransient<SpotifyCallBudgetHandler>();
        services.AddRefitGeneratedClient<ISpotifyWebApi>(refitSettings)
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = new Uri(provider.GetRequiredService<IOptions<SpotifyOptions>>().Value.ApiBaseUrl.TrimEnd('/'));
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllLoggers()
            .AddLogger<SpotifyHttpLogger>()
            .AddSpotifyResilience()
            .AddSpotifyCallBudget()
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
