using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Links;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>
/// <see cref="IRankSnapshotRecorder"/> on a real SQLite file: pages are written after they are recorded, into the
/// day's snapshot, only while the link they were read with exists, and what is queued is written before the host stops.
/// </summary>
public sealed class RankSnapshotRecorderTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestEnvironment.StartTime.UtcDateTime);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FlushAsync_AfterTwoPages_LeavesOneSnapshotWithBothInRankOrder()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await LinkedUserAsync(env.Host, "jazz-soul");
        var recorder = env.Host.Services.GetRequiredService<IRankSnapshotRecorder>();

        recorder.Record(Page(user, Today, 50, Ids("b", 50)));
        recorder.Record(Page(user, Today, 0, Ids("a", 50)));
        await recorder.FlushAsync(Ct);

        var rows = await SnapshotRowsAsync(env, user.AppUserId);
        rows.Should().ContainSingle();
        ((string)rows[0]["ItemIds"]!).Split(' ').Should().Equal([.. Ids("a", 50), .. Ids("b", 50)]);
    }

    [Fact]
    public async Task ListAsync_RightAfterRecording_IncludesThePage()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await LinkedUserAsync(env.Host, "jazz-soul");

        env.Host.Services.GetRequiredService<IRankSnapshotRecorder>().Record(Page(user, Today, 0, ["track1", "track2"]));
        var snapshots = await env.Host.InScopeAsync<IRankHistoryStore, IReadOnlyList<RankSnapshot>>(
            store => store.ListAsync(user.AppUserId, TopListKind.Tracks, TimeRange.ShortTerm, Ct));

        snapshots.Should().ContainSingle().Which.ItemIds.Should().Equal("track1", "track2");
    }

    [Fact]
    public async Task Record_WithALinkUnlinkedBeforeTheWrite_KeepsNothingButTheNewLinksPagesAreKept()
    {
        await using var env = await TestEnvironment.StartAsync();
        var first = await LinkedUserAsync(env.Host, "jazz-soul");
        await env.Host.InScopeAsync<ISpotifyLinkRemover, bool>(remover => remover.DeleteAsync(first.AppUserId, Ct));
        await env.Host.LinkAsync("jazz-soul", first.AppUserId);
        var second = LinkedSpotifyUser.Of((await env.Host.FindLinkAsync(first.AppUserId))!.Summary);
        var recorder = env.Host.Services.GetRequiredService<IRankSnapshotRecorder>();

        recorder.Record(Page(first, Today, 0, ["from-the-old-link"]));
        await recorder.FlushAsync(Ct);
        (await SnapshotRowsAsync(env, first.AppUserId)).Should().BeEmpty("the page was read with a link that no longer exists");

        recorder.Record(Page(second, Today, 0, ["from-the-new-link"]));
        await recorder.FlushAsync(Ct);
        (await SnapshotRowsAsync(env, first.AppUserId)).Should().ContainSingle().Which["ItemIds"].Should().Be("from-the-new-link");
    }

    [Fact]
    public async Task StoppingTheHost_WritesEveryQueuedPageFirst()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await LinkedUserAsync(env.Host, "jazz-soul");
        var recorder = env.Host.Services.GetRequiredService<IRankSnapshotRecorder>();

        for (var day = 0; day < 300; day++)
        {
            recorder.Record(Page(user, Today.AddDays(-day), 0, [$"track{day}"]));
        }

        await env.Host.DisposeAsync();

        (await SnapshotRowsAsync(env, user.AppUserId)).Should().HaveCount(300);
    }

    private static async Task<LinkedSpotifyUser> LinkedUserAsync(InfrastructureHost host, string listenerKey)
    {
        var linked = await host.LinkAsync(listenerKey);
        return LinkedSpotifyUser.Of((await host.FindLinkAsync(linked.AppUserId))!.Summary);
    }

    private static RankSnapshotPage Page(LinkedSpotifyUser user, DateOnly day, int offset, IReadOnlyList<string> ids) =>
        new(user, TopListKind.Tracks, TimeRange.ShortTerm, day, offset, ids);

    private static string[] Ids(string prefix, int count) => Enumerable.Range(0, count).Select(i => $"{prefix}{i}").ToArray();

    private static Task<List<Dictionary<string, object?>>> SnapshotRowsAsync(TestEnvironment env, string appUserId) =>
        RawDatabase.QueryAsync(env.DatabasePath, "SELECT ItemIds FROM RankSnapshots WHERE AppUserId = @id", ("@id", appUserId));
}
