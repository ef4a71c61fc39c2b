using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Listening;
using CleanSpotify.Infrastructure.IntegrationTests.Support;

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

    private static async Task<IReadOnlyList<Play>> ReadAsync(TestEnvironment env, string appUserId, DateTimeOffset? after)
    {
        var result = await env.Host.InScopeAsync<ISpotifyPlaysReader, Application.Common.Results.Result<IReadOnlyList<Play>>>(
            reader => reader.GetPlaysAfterAsync(appUserId, after, TestContext.Current.CancellationToken));
        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        return result.Value;
    }
}
