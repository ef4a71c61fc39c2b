using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Listening;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using CleanSpotify.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>The collector's read of recently-played with the <c>after</c> cursor, and the store it writes to, on SQLite with migrations.</summary>
public sealed class SpotifyPlaysReaderTests
{
    [Fact]
    public async Task GetPlaysAfterAsync_NoCursorThenTheNewest_Returns50EstimatedPlaysThenNone()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("indie-electronic");

        var all = await ReadAsync(env, user.AppUserId, null);
        var newer = await ReadAsync(env, user.AppUserId, all.Max(p => p.PlayedAt));

        all.Should().HaveCount(ISpotifyPlaysReader.PageSize);
        all.Should().OnlyContain(p => p.Source == PlaySource.Recent && p.MsPlayedEstimated && p.MsPlayed > 0
            && p.TrackId != null && p.ArtistIds.Count == p.ArtistNames.Count && p.AlbumId != null && p.ImageUrl != null);
        newer.Should().BeEmpty("nothing ended after the newest play");
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/player/recently-played").Should().HaveCount(2);
    }

    [Fact]
    public async Task AddPlaysAsync_TheSamePlaysTwice_StoresThemOnce_AndDeleteForUserRemovesOnlyThatUsersPlays()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        var other = await env.Host.LinkAsync("classical-film");
        var plays = await ReadAsync(env, user.AppUserId, null);
        await env.Host.InScopeAsync<IListeningHistoryStore, int>(store => store.AddPlaysAsync(other.AppUserId, plays, TestContext.Current.CancellationToken));

        var first = await env.Host.InScopeAsync<IListeningHistoryStore, int>(store => store.AddPlaysAsync(user.AppUserId, plays, TestContext.Current.CancellationToken));
        var again = await env.Host.InScopeAsync<IListeningHistoryStore, int>(store => store.AddPlaysAsync(user.AppUserId, [.. plays.Take(10)], TestContext.Current.CancellationToken));
        var summary = await env.Host.InScopeAsync<IListeningHistoryStore, ListeningHistorySummary>(store => store.SummarizeAsync(user.AppUserId, TestContext.Current.CancellationToken));
        var deleted = await env.Host.InScopeAsync<IListeningHistoryStore, int>(store => store.DeleteForUserAsync(user.AppUserId, TestContext.Current.CancellationToken));
        var kept = await env.Host.InScopeAsync<IListeningHistoryStore, ListeningHistorySummary>(store => store.SummarizeAsync(other.AppUserId, TestContext.Current.CancellationToken));

        first.Should().Be(50);
        again.Should().Be(0);
        summary.Should().Be(new ListeningHistorySummary(50, plays.Min(p => p.PlayedAt), plays.Max(p => p.PlayedAt)));
        deleted.Should().Be(50);
        kept.PlayCount.Should().Be(50, "another user's plays stay");
    }

    [Fact]
    public async Task CollectorWrites_ForSeveralUsersInOneScope_LeaveNothingTracked()
    {
        await using var env = await TestEnvironment.StartAsync();
        var users = new[] { await env.Host.LinkAsync("jazz-soul"), await env.Host.LinkAsync("classical-film") };
        var plays = await ReadAsync(env, users[0].AppUserId, null);
        await using var sweep = env.Host.CreateScope();
        var history = sweep.ServiceProvider.GetRequiredService<IListeningHistoryStore>();
        var schedule = sweep.ServiceProvider.GetRequiredService<ICollectorScheduleStore>();
        var now = env.Time.GetUtcNow();

        foreach (var user in users)
        {
            (await history.AddPlaysAsync(user.AppUserId, plays, TestContext.Current.CancellationToken)).Should().Be(50);
            await schedule.SavePollStateAsync(
                user.AppUserId, new PlayCollectionState(Guid.NewGuid(), plays.Max(p => p.PlayedAt), now, now.AddMinutes(5), 1), TestContext.Current.CancellationToken);
            await schedule.SaveNextSnapshotAsync(user.AppUserId, now.AddDays(1), TestContext.Current.CancellationToken);
        }

        sweep.ServiceProvider.GetRequiredService<CleanSpotifyDbContext>().ChangeTracker.Entries().Should().BeEmpty(
            "one sweep shares the context across up to 200 users; saved rows left tracked make every later save compare them all");
        (await env.Host.InScopeAsync<IListeningHistoryStore, ListeningHistorySummary>(store => store.SummarizeAsync(users[1].AppUserId, TestContext.Current.CancellationToken)))
            .PlayCount.Should().Be(50);
    }

    private static async Task<IReadOnlyList<Play>> ReadAsync(TestEnvironment env, string appUserId, DateTimeOffset? after)
    {
        var result = await env.Host.InScopeAsync<ISpotifyPlaysReader, Application.Common.Results.Result<IReadOnlyList<Play>>>(
            reader => reader.GetPlaysAfterAsync(appUserId, after, TestContext.Current.CancellationToken));
        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        return result.Value;
    }
}
