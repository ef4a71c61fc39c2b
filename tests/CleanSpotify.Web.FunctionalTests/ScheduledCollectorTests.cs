using CleanSpotify.Tests.Shared;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// The collector as deployed: Quartz's job store in the site's own database (tables from the site's migrations; on
/// PostgreSQL clustered), its sweeps firing on their own, a first poll right after linking.
/// </summary>
public sealed class ScheduledCollectorTests(ScheduledCollectorFactory factory) : IClassFixture<ScheduledCollectorFactory>
{
    [Fact]
    public async Task Linking_WithTheSchedulerRunning_BringsInTheLast50PlaysAndTodaysSnapshotsWithoutAVisit()
    {
        using var session = await factory.SignedUpSessionAsync("scheduled");
        await session.LinkSuccessfullyAsAsync(Listeners.HipHopRnb);
        var userId = (string)(await factory.Store.ScalarAsync("""SELECT "Id" FROM "AspNetUsers" WHERE "Email" = @email""", ("@email", session.Email!)))!;

        await Condition.WaitUntilAsync(
            async () => await CountAsync("Plays", userId) == 50 && await CountAsync("RankSnapshots", userId) == 6,
            TimeSpan.FromSeconds(30),
            "the sweeps to store the last 50 plays and six rank snapshots");

        (await factory.Store.ScalarAsync("SELECT COUNT(*) FROM qrtz_triggers")).Should().NotBe(0L, "the sweeps' triggers live in the site's database");
    }

    private Task<long> CountAsync(string table, string userId) => TestDatabase.CountForUserAsync(factory, table, userId);
}
