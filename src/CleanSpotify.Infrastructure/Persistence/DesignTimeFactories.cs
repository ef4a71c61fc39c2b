using CleanSpotify.Infrastructure.Persistence.Postgres;
using CleanSpotify.Infrastructure.Persistence.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add --context SqliteCleanSpotifyDbContext</c> (or <c>PostgresCleanSpotifyDbContext</c>)
/// build the model without the web host. Adding a migration never connects, and encryption only shapes values, not
/// the schema, so a connection string that only names the provider and a throw-away key ring are enough.
/// </summary>
internal static class DesignTimeContext
{
    public static DbContextOptions<T> Options<T>(Func<DbContextOptionsBuilder<T>, DbContextOptionsBuilder<T>> useProvider)
        where T : DbContext =>
        useProvider(new DbContextOptionsBuilder<T>())
            .UseCleanSpotifyModelServices()
            .UseApplicationServiceProvider(new ServiceCollection().AddSingleton(new TokenProtector(new EphemeralDataProtectionProvider())).BuildServiceProvider())
            .Options;
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCleanSpotifyDbContext>
{
    public SqliteCleanSpotifyDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContext.Options<SqliteCleanSpotifyDbContext>(b => b.UseSqlite("Data Source=design-time.db")));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCleanSpotifyDbContext>
{
    public PostgresCleanSpotifyDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContext.Options<PostgresCleanSpotifyDbContext>(b => b.UseNpgsql("Host=127.0.0.1;Database=cleanspotify_design_time")));
}
