using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Applies the provider's committed migrations before the site starts serving, inside its execution strategy.
/// Creates the SQLite file's folder first, as SQLite will not, and puts the file in write-ahead mode (ADR 0027). On PostgreSQL, EF Core's migration lock lets
/// several instances start at once.
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopeFactory, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>();

        if (db.Database.IsSqlite()
            && new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource is { Length: > 0 } dataSource
            && Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // No time limit: a migration that fills a table from the stored plays (PlayTotals) takes minutes on millions
        // of them, and the default 30 s would keep the site from starting.
        db.Database.SetCommandTimeout(0);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () => await db.Database.MigrateAsync(cancellationToken));
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(Sqlite.SqliteConnectionSettings.WriteAhead, cancellationToken);
        }
        LogMigrated(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Database migrations applied")]
    private static partial void LogMigrated(ILogger logger);
}
