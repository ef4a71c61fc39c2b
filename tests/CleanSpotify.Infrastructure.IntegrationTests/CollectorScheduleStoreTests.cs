using CleanSpotify.Application.Abstractions;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>The collector's per-user rows on a real, migrated SQLite file: added on the first save, updated after.</summary>
public sealed class CollectorScheduleStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SavePollStateAsync_FirstThenAgainInOneScope_KeepsOneRowWithTheLatestState()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        var linkId = (await env.Host.FindLinkAsync(user.AppUserId))!.Id;
        var now = env.Time.GetUtcNow();
        var first = new PlayCollectionState(linkId, null, null, now.AddMinutes(-2), 0);
        var latest = new PlayCollectionState(linkId, now.AddMinutes(-10), now.AddMinutes(-1), now.AddSeconds(-30), 2.5);
        await using var sweep = env.Host.CreateScope();
        var schedule = sweep.ServiceProvider.GetRequiredService<ICollectorScheduleStore>();

        await schedule.SavePollStateAsync(user.AppUserId, first, Ct);
        var afterFirst = await schedule.ListDuePollsAsync(now, 10, Ct);
        await schedule.SavePollStateAsync(user.AppUserId, latest, Ct);
        var afterLatest = await env.Host.InScopeAsync<ICollectorScheduleStore, IReadOnlyList<CollectionTarget>>(store => store.ListDuePollsAsync(now, 10, Ct));

        afterFirst.Should().ContainSingle().Which.State.Should().Be(first);
        afterLatest.Should().ContainSingle().Which.State.Should().Be(latest);
        (await RawDatabase.QueryAsync(env.DatabasePath, "SELECT AppUserId FROM PlayCollections")).Should().ContainSingle();
    }

    [Fact]
    public async Task SaveNextSnapshotAsync_FirstThenLater_MovesTheUsersOneRow()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        var now = env.Time.GetUtcNow();
        await using var sweep = env.Host.CreateScope();
        var schedule = sweep.ServiceProvider.GetRequiredService<ICollectorScheduleStore>();

        await schedule.SaveNextSnapshotAsync(user.AppUserId, now.AddMinutes(-1), Ct);
        var dueAfterFirst = await schedule.ListDueSnapshotsAsync(now, 10, Ct);
        await schedule.SaveNextSnapshotAsync(user.AppUserId, now.AddDays(1), Ct);
        var dueAfterLater = await schedule.ListDueSnapshotsAsync(now, 10, Ct);

        dueAfterFirst.Should().ContainSingle().Which.AppUserId.Should().Be(user.AppUserId);
        dueAfterLater.Should().BeEmpty();
        (await RawDatabase.QueryAsync(env.DatabasePath, "SELECT AppUserId FROM RankSnapshotSchedules")).Should().ContainSingle();
    }
}
