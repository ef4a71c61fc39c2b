using CleanSpotify.Application.Common.Results;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Infrastructure.IntegrationTests.Support;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>
/// Each user's Spotify call budget (<c>RateLimits:SpotifyCallsPerUserPerMinute</c>) in the real HTTP pipeline: a user
/// over it is refused before anything reaches Spotify, for them alone, without starting the app-wide cool-down.
/// </summary>
public sealed class SpotifyCallBudgetTests
{
    [Fact]
    public async Task GetTopTracksAsync_BeyondTheUsersBudget_IsThrottledForThatUserOnlyWithoutReachingSpotify()
    {
        await using var env = await TestEnvironment.StartAsync(settings => settings.Configuration["RateLimits:SpotifyCallsPerUserPerMinute"] = "2");
        var greedy = await env.Host.LinkAsync("jazz-soul");
        var other = await env.Host.LinkAsync("indie-electronic");
        var callsBefore = env.SandboxState.ApiCalls.Count(c => c.ListenerKey == "jazz-soul");
        using var rateLimits = env.Host.CollectMetric("cleanspotify.spotify.rate_limits");

        var first = await env.Host.GetTopTracksAsync(greedy.AppUserId, TimeRange.ShortTerm);
        env.Time.Advance(TimeSpan.FromSeconds(20));
        var second = await env.Host.GetTopTracksAsync(greedy.AppUserId, TimeRange.MediumTerm);
        var refused = await env.Host.GetTopTracksAsync(greedy.AppUserId, TimeRange.LongTerm);
        var othersCall = await env.Host.GetTopTracksAsync(other.AppUserId, TimeRange.LongTerm);

        first.IsSuccess.Should().BeTrue(first.Error?.Code);
        second.IsSuccess.Should().BeTrue(second.Error?.Code);
        refused.Error!.Code.Should().Be("spotify.user_budget_spent");
        refused.Error.Kind.Should().Be(ErrorKind.Throttled);
        refused.Error.RetryAt.Should().Be(TestEnvironment.StartTime.AddMinutes(1), "the first counted call leaves the window then");
        env.SandboxState.ApiCalls.Count(c => c.ListenerKey == "jazz-soul").Should().Be(callsBefore + 2, "the refused call never reached Spotify");
        othersCall.IsSuccess.Should().BeTrue("another user's budget is their own, and no app-wide pause started");
        rateLimits.TagLines().Should().Equal("cleanspotify.rate_limit.reason=user_budget_spent");
    }

    [Fact]
    public async Task GetTopTracksAsync_AfterTheOldestCallLeavesTheMinute_IsAllowedAgain()
    {
        await using var env = await TestEnvironment.StartAsync(settings => settings.Configuration["RateLimits:SpotifyCallsPerUserPerMinute"] = "1");
        var user = await env.Host.LinkAsync("jazz-soul");
        (await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.ShortTerm)).IsSuccess.Should().BeTrue();
        (await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.ShortTerm)).Error!.Code.Should().Be("spotify.user_budget_spent");

        env.Time.Advance(TimeSpan.FromMinutes(1));
        var again = await env.Host.GetTopTracksAsync(user.AppUserId, TimeRange.ShortTerm);

        again.IsSuccess.Should().BeTrue(again.Error?.Code);
    }
}
