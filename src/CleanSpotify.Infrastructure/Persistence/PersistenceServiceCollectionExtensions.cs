using CleanSpotify.Application.Abstractions;
using CleanSpotify.Infrastructure.Persistence.Postgres;
using CleanSpotify.Infrastructure.Persistence.Sqlite;
using Medallion.Threading;
using Medallion.Threading.Postgres;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CleanSpotify.Infrastructure.Persistence;

internal static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// The database (SQLite, or PostgreSQL shared by instances) with migrations at start, the stores behind the
    /// Application ports, and the database health check.
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        // Registered first so it runs first: the schema (and the key ring's table) exists before any other hosted
        // service, such as Data Protection's key ring loader, reads the database.
        services.AddHostedService<DatabaseMigrator>();

        // The EF provider is chosen while composing, so these settings are checked now rather than at start.
        var database = services.AddValidatedNow<DatabaseOptions>(options => options.Bind(configuration), new DatabaseOptionsValidator());
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<CleanSpotifyDbContext, PostgresCleanSpotifyDbContext>(options => options
                .UseNpgsql(database.PostgresConnectionString())
                .UseCleanSpotifyModelServices());
            services.AddScoped<PlayInserter, PostgresPlayInserter>();
            services.AddScoped<IPlayTotalsWriter, PostgresPlayTotalsWriter>();

            // Token refreshes are single-flight across instances on a PostgreSQL advisory lock (ADR 0017).
            services.AddSingleton<IDistributedLockProvider>(new PostgresDistributedSynchronizationProvider(database.ConnectionString!));
        }
        else
        {
            services.AddDbContextPool<CleanSpotifyDbContext, SqliteCleanSpotifyDbContext>((serviceProvider, options) => options
                .UseSqlite(database.SqliteConnectionString(serviceProvider.GetRequiredService<IHostEnvironment>().ContentRootPath))
                .AddInterceptors(SqliteConnectionSettings.Instance)
                .UseCleanSpotifyModelServices());
            services.AddScoped<PlayInserter, SqlitePlayInserter>();
            services.AddScoped<IPlayTotalsWriter, SqlitePlayTotalsWriter>();
        }

        services.AddSingleton<TokenProtector>();
        services.AddScoped<SpotifyLinkStore>();
        services.AddScoped<ISpotifyLinkStore>(provider => provider.GetRequiredService<SpotifyLinkStore>());
        services.AddScoped<ISpotifyLinkRemover>(provider => provider.GetRequiredService<SpotifyLinkStore>());
        services.AddScoped<IPendingAuthorizationStore, PendingAuthorizationStore>();
        services.AddScoped<IRankHistoryStore, RankHistoryStore>();
        services.AddSingleton<QueuedRankSnapshotRecorder>();
        services.AddSingleton<IRankSnapshotRecorder>(provider => provider.GetRequiredService<QueuedRankSnapshotRecorder>());
        services.AddHostedService(provider => provider.GetRequiredService<QueuedRankSnapshotRecorder>());
        services.AddScoped<IPlaylistExportStore, PlaylistExportStore>();
        services.AddScoped<ISiteAccountStore, SiteAccountStore>();
        services.AddScoped<IListeningHistoryReader, ListeningHistoryReader>();
        services.AddScoped<IUserPreferencesStore, UserPreferencesStore>();
        services.AddScoped<IListeningHistoryStore, ListeningHistoryStore>();
        services.AddScoped<ICollectorScheduleStore, CollectorScheduleStore>();
        services.AddScoped<IImportJobStore, ImportJobStore>();
        services.AddScoped<IImportedPlayStore, ImportedPlayStore>();
        services.AddScoped<PlayTotals>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddHealthChecks().AddDbContextCheck<CleanSpotifyDbContext>("database", tags: [DependencyInjection.ReadyTag]);
        return services;
    }

    /// <summary>
    /// The site's accounts, registered once: ASP.NET Core Identity's user manager with the password and lockout policy,
    /// its EF stores in this database, and the sign-in manager. The host adds only the cookie and its paths.
    /// </summary>
    public static IServiceCollection AddSiteAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<CleanSpotifyDbContext>()
            .AddSignInManager();
        return services;
    }
}
