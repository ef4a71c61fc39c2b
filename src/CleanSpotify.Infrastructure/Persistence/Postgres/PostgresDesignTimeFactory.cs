using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CleanSpotify.Infrastructure.Persistence.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add --context PostgresCleanSpotifyDbContext</c> build the model; adding a migration
/// never connects, so the connection string only names the provider.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCleanSpotifyDbContext>
{
    public PostgresCleanSpotifyDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresCleanSpotifyDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=cleanspotify_design_time")
            .ReplaceService<IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>()
            .Options,
        new TokenProtector(new EphemeralDataProtectionProvider()));
}
