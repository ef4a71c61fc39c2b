using CleanSpotify.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>This suite runs twice, once per provider: each run must really run on its own.</summary>
public sealed class DatabaseProviderTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Site_RunsOnTheProviderOfThisBuild_WithEveryMigrationApplied()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>();

        var expected = factory.Store.Provider == "Postgres" ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite";
        db.Database.ProviderName.Should().Be(expected);
        (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).Should().Equal(db.Database.GetMigrations());
        db.Database.HasPendingModelChanges().Should().BeFalse("every model change needs a migration for {0}", factory.Store.Provider);
    }
}
