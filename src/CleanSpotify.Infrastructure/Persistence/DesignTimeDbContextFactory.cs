using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the web host. Encryption only shapes
/// values, not the schema, so a throw-away key ring is enough here.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CleanSpotifyDbContext>
{
    public CleanSpotifyDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CleanSpotifyDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ProtectorAwareModelCacheKeyFactory>()
            .Options;
        return new CleanSpotifyDbContext(options, new TokenProtector(new EphemeralDataProtectionProvider()));
    }
}
