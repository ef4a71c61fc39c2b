using System.Diagnostics;
using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>A short <c>Retry-After</c> is waited out once; the user never sees it.</summary>
public sealed class SpotifyShortRateLimitTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Tracks_429WithOneSecondRetryAfter_IsWaitedOutOnceAndShowsTracks()
    {
        using var session = await factory.SignedUpSessionAsync("short429");
        await session.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        factory.Sandbox.State.Faults.RateLimit(1, quotaExceeded: false, count: 1, Listeners.IndieElectronic);

        var page = await session.GetPageAsync("/top/tracks");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.FindAll("li.track").Should().NotBeEmpty();
        factory.Sandbox.State.ApiCalls.Where(c => c.ListenerKey == Listeners.IndieElectronic && c.Path.EndsWith("/top/tracks", StringComparison.Ordinal))
            .Select(c => c.StatusCode).Should().Equal(429, 200);
    }
}

/// <summary>
/// A long <c>Retry-After</c> is not waited out: the page answers at once with 503 and <c>Retry-After</c>, and every
/// user's Spotify calls pause until then, since Spotify limits the app, not the user.
/// </summary>
public sealed class SpotifyLongRateLimitTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Tracks_429WithLongRetryAfter_Answers503FastAndPausesAllUsers()
    {
        using var first = await factory.SignedUpSessionAsync("long429a");
        await first.LinkSuccessfullyAsAsync(Listeners.HipHopRnb);
        using var second = await factory.SignedUpSessionAsync("long429b");
        await second.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
        factory.Sandbox.State.Faults.RateLimit(600, quotaExceeded: false, count: 1, Listeners.HipHopRnb);

        var stopwatch = Stopwatch.StartNew();
        var limited = await first.GetPageAsync("/top/tracks");
        stopwatch.Stop();

        limited.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3), "a long Retry-After is never waited out");
        limited.Response.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(590, 600);
        limited.Find("[data-testid=retry-at]")!.TextContent.Should().Contain("in about 10 minutes");

        var callsBefore = factory.Sandbox.State.ApiCalls.Count;
        var otherUser = await second.GetPageAsync("/top/tracks?range=short_term");
        var sameUser = await first.GetPageAsync("/top/tracks?range=long_term");

        otherUser.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        sameUser.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        otherUser.Response.Headers.RetryAfter.Should().NotBeNull();
        factory.Sandbox.State.ApiCalls.Count.Should().Be(callsBefore, "no Spotify call may happen during the cool-down");
    }
}

/// <summary><c>QUOTA_EXCEEDED</c> is never retried, however short its <c>Retry-After</c>.</summary>
public sealed class SpotifyQuotaExceededTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    [Fact]
    public async Task Tracks_QuotaExceeded_IsNotRetriedAndAnswers503WithRetryAfter()
    {
        using var session = await factory.SignedUpSessionAsync("quota");
        await session.LinkSuccessfullyAsAsync(Listeners.ClassicalFilm);
        factory.Sandbox.State.Faults.RateLimit(1, quotaExceeded: true, count: 5, Listeners.ClassicalFilm);

        var page = await session.GetPageAsync("/top/tracks");

        page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        page.Response.Headers.RetryAfter.Should().NotBeNull();
        page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("quota");
        factory.Sandbox.State.ApiCalls.Count(c => c.ListenerKey == Listeners.ClassicalFilm && c.StatusCode == 429)
            .Should().Be(1, "a quota 429 is never retried");
    }
}
