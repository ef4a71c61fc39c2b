using CleanSpotify.Infrastructure.IntegrationTests.Support;
using CleanSpotify.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CleanSpotify.Infrastructure.IntegrationTests;

public sealed class DatabaseMigratorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_FreshSqliteFile_AppliesEveryMigration()
    {
        await using var env = await TestEnvironment.StartAsync(settings => settings.StartHostedServices = false);
        var migrator = env.Host.Services.GetServices<IHostedService>().OfType<DatabaseMigrator>().Single();
        File.Exists(env.DatabasePath).Should().BeFalse();

        await migrator.StartAsync(Ct);

        await using var scope = env.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>();
        var all = db.Database.GetMigrations().ToArray();
        all.Should().NotBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(Ct)).Should().Equal(all);
        (await db.Database.GetPendingMigrationsAsync(Ct)).Should().BeEmpty();
        File.Exists(env.DatabasePath).Should().BeTrue();
    }

    [Fact]
    public async Task SqliteConnections_WriteAheadAndSyncAtCheckpoints()
    {
        await using var env = await TestEnvironment.StartAsync();
        await using var scope = env.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();

        command.CommandText = "PRAGMA journal_mode";
        var journal = await command.ExecuteScalarAsync(Ct);
        command.CommandText = "PRAGMA synchronous";
        var synchronous = await command.ExecuteScalarAsync(Ct);

        journal.Should().Be("wal");
        synchronous.Should().Be(1L, "NORMAL: synced at checkpoints, not at every commit");
        File.Exists(env.DatabasePath + "-wal").Should().BeTrue();
    }

    [Fact]
    public async Task SqliteConnections_ReopenedFromThePoolOrOpenedAnew_StaySyncedAtCheckpoints()
    {
        await using var env = await TestEnvironment.StartAsync();
        var handles = new List<object>();
        var settings = new List<object?>();
        for (var open = 0; open < 3; open++)
        {
            await using var scope = env.Host.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>();
            await db.Database.OpenConnectionAsync(Ct);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous";
            settings.Add(await command.ExecuteScalarAsync(Ct));
            handles.Add(connection.Handle!);
            if (open == 1)
            {
                SqliteConnection.ClearPool(connection);
            }
        }

        settings.Should().Equal(1L, 1L, 1L);
        handles[2].Should().NotBeSameAs(handles[0], "after the pool is cleared the third open makes a new native connection");
    }

    [Fact]
    public async Task StartAsync_FreshSqliteFile_LeavesNoModelChangesWithoutAMigration()
    {
        await using var env = await TestEnvironment.StartAsync();
        await using var scope = env.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>();

        var pending = db.Database.HasPendingModelChanges();

        pending.Should().BeFalse(DescribeDifferences(db));
    }

    [Fact]
    public async Task StartAsync_DatabaseFolderDoesNotExist_CreatesFolderAndDatabase()
    {
        var nested = Path.Combine("nested", "deeper", "app.db");
        await using var env = await TestEnvironment.StartAsync(
            settings => settings.Configuration["ConnectionStrings:CleanSpotify"] = $"Data Source={nested}");

        // A relative data source is resolved against the content root.
        File.Exists(Path.Combine(env.Folder, nested)).Should().BeTrue();
        await using var scope = env.Host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>();
        (await db.Database.GetPendingMigrationsAsync(Ct)).Should().BeEmpty();
    }

    private static string DescribeDifferences(CleanSpotifyDbContext db)
    {
        var differ = db.GetService<IMigrationsModelDiffer>();
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model;
        if (snapshot is null)
        {
            return "there is no model snapshot";
        }

        var initializer = db.GetService<IModelRuntimeInitializer>();
        var source = initializer.Initialize(snapshot, designTime: true, validationLogger: null).GetRelationalModel();
        var target = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        return "the model differs from the last migration: "
            + string.Join(", ", differ.GetDifferences(source, target).Select(o => o.GetType().Name));
    }
}
