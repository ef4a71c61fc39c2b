using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CleanSpotify.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Lets <c>dotnet ef migrations add --context SqliteCleanSpotifyDbContext</c> build the model without the web host.
/// Encryption only shapes values, not the schema, so a throw-away key ring is enough here.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCleanSpotifyDbContext>
{
    public SqliteCleanSpotifyDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteCleanSpotifyDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .ReplaceService<IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>()
            .Options,
        new TokenProtector(new EphemeralDataProtectionProvider()));
}
