using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using CleanSpotify.Infrastructure.Spotify;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>
/// How many times one logical Web API call can reach Spotify (<see cref="SpotifyResiliencePipeline"/> plus the bearer
/// handler's forced refresh), counted on the sandbox while it injects every failure the pipeline answers with a resend.
/// </summary>
public sealed class SpotifyResiliencePipelineTests
{
    private const string Listener = "jazz-soul";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_ExpiredTokenThenShortRateLimitThenServerErrors_ReachesSpotifyExactlyFourTimes()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync(Listener);
        FailEveryWayThatEarnsAResend(env);

        var result = await env.Host.GetTopTracksAsync(user.AppUserId);

        result.Error!.Code.Should().Be("spotify.unavailable");
        var sends = env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks").Select(c => c.StatusCode).ToArray();
        sends.Should().Equal(401, 429, 503, 503);
        sends.Should().HaveCount(SpotifyResiliencePipeline.MaxSendsPerCall);
        SpotifyResiliencePipeline.MaxSendsPerCall.Should().Be(4);
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(1, "a call forces at most one refresh");
    }

    [Fact]
    public async Task Get_ExpiredTokenThenServerError_RefreshesOnceAndRetriesWithTheNewToken()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync(Listener);
        env.SandboxState.Faults.ExpireAccessTokens(Listener);
        env.SandboxState.Faults.ServerErrors(503, count: 1, Listener);

        var result = await env.Host.GetTopTracksAsync(user.AppUserId);

        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks").Select(c => c.StatusCode).Should().Equal(401, 503, 200);
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(1);
    }

    [Fact]
    public async Task Post_ExpiredTokenThenShortRateLimitThenServerErrors_ReachesSpotifyThreeTimesAndNeverRetriesTheServerError()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync(Listener);
        FailEveryWayThatEarnsAResend(env);

        var created = await env.Host.InScopeAsync<ISpotifyPlaylistWriter, Result<SpotifyPlaylistRef>>(
            writer => writer.CreatePrivatePlaylistAsync(user.AppUserId, "Never twice", "Saved by a test", Ct));

        created.IsSuccess.Should().BeFalse();
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/playlists").Select(c => c.StatusCode).Should().Equal(401, 429, 503);
        env.SandboxState.GetPlaylists(Listener).Should().BeEmpty();
    }

    [Fact]
    public async Task Get_TwoShortRateLimits_WaitsOutOnlyTheFirstThenStartsTheCooldown()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync(Listener);
        using var rateLimits = env.Host.CollectMetric("cleanspotify.spotify.rate_limits");
        env.SandboxState.Faults.RateLimit(retryAfterSeconds: 0, quotaExceeded: false, count: 2, Listener);

        var result = await env.Host.GetTopTracksAsync(user.AppUserId);

        result.Error!.Kind.Should().Be(ErrorKind.RateLimited);
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks").Select(c => c.StatusCode).Should().Equal(429, 429);
        rateLimits.TagLines().Should().Equal(
            "cleanspotify.rate_limit.reason=retry_after_wait",
            "cleanspotify.rate_limit.reason=long_retry_after");
    }

    [Fact]
    public async Task Get_ServerErrorsOnEveryAttempt_OpensTheCircuitAndLaterCallsNeverReachSpotify()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync(Listener);
        env.SandboxState.Faults.ServerErrors(503, count: 1000, Listener);

        var codes = new List<string?>();
        for (var i = 0; i < 8; i++)
        {
            codes.Add((await env.Host.GetTopTracksAsync(user.AppUserId)).Error?.Code);
        }

        codes.Should().OnlyContain(code => code == "spotify.unavailable");
        // The circuit opens at its 20th sampled attempt with at least half failing: linking's profile read succeeded,
        // so 19 failed top-track attempts open it, and no later call reaches Spotify.
        env.SandboxState.ApiCalls.Count(c => c.Path == "/v1/me/top/tracks").Should().Be(19);
    }

    /// <summary>A 401 (the token expired early), then a short 429, then 503s: each failure the pipeline may resend on.</summary>
    private static void FailEveryWayThatEarnsAResend(TestEnvironment env)
    {
        env.SandboxState.Faults.ExpireAccessTokens(Listener);
        env.SandboxState.Faults.RateLimit(retryAfterSeconds: 0, quotaExceeded: false, count: 1, Listener);
        env.SandboxState.Faults.ServerErrors(503, count: 10, Listener);
    }
}
