using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using CleanSpotify.SpotifySandbox;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>
/// CleanSpotify's own counters (<see cref="Telemetry.CleanSpotifyMetrics"/>), each moved by a real flow against the
/// sandbox and read back with the tags an operator would see.
/// </summary>
public sealed class CleanSpotifyMetricsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SpotifyRequests_LinkThenTopTracks_CountsEachEndpointByRouteTemplateAndStatus()
    {
        await using var env = await TestEnvironment.StartAsync();
        using var requests = env.Host.CollectMetric("cleanspotify.spotify.requests");

        var user = await env.Host.LinkAsync("jazz-soul");
        (await env.Host.GetTopTracksAsync(user.AppUserId)).IsSuccess.Should().BeTrue();

        requests.TagLines().Should().Equal(
            "cleanspotify.spotify.endpoint=POST /api/token, http.response.status_code=200",
            "cleanspotify.spotify.endpoint=GET /me, http.response.status_code=200",
            "cleanspotify.spotify.endpoint=GET /me/top/tracks, http.response.status_code=200");
    }

    [Fact]
    public async Task SpotifyRequests_ServiceUnavailableOnEveryAttempt_CountsEachAttemptWithItsStatus()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        using var requests = env.Host.CollectMetric("cleanspotify.spotify.requests");
        env.SandboxState.Faults.ServerErrors(503, count: 10, listenerKey: null);

        (await env.Host.GetTopTracksAsync(user.AppUserId)).IsSuccess.Should().BeFalse();

        requests.TagLines().Should().Equal(Enumerable.Repeat("cleanspotify.spotify.endpoint=GET /me/top/tracks, http.response.status_code=503", 3));
    }

    [Fact]
    public async Task SpotifyRequests_SpotifyUnreachable_CountsEachAttemptWithTheErrorType()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        using var requests = env.Host.CollectMetric("cleanspotify.spotify.requests");
        await env.StopSandboxAsync();

        (await env.Host.GetTopTracksAsync(user.AppUserId)).IsSuccess.Should().BeFalse();

        requests.TagLines().Should().Equal(Enumerable.Repeat("cleanspotify.spotify.endpoint=GET /me/top/tracks, error.type=HttpRequestException", 3));
    }

    [Fact]
    public async Task SpotifyRequests_SavePlaylist_TaggedWithTheRouteTemplateNeverThePlaylistId()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        var track = (await env.Host.GetTopTracksAsync(user.AppUserId)).Value.Items[0].Id;
        using var requests = env.Host.CollectMetric("cleanspotify.spotify.requests");

        var playlist = await env.Host.InScopeAsync<ISpotifyPlaylistWriter, Result<SpotifyPlaylistRef>>(
            writer => writer.CreatePrivatePlaylistAsync(user.AppUserId, "Metrics", "Saved by a test", Ct));
        var added = await env.Host.InScopeAsync<ISpotifyPlaylistWriter, Result>(
            writer => writer.AddTracksAsync(user.AppUserId, playlist.Value.Id, [$"spotify:track:{track}"], Ct));

        added.IsSuccess.Should().BeTrue(added.Error?.Code);
        requests.TagLines().Should().HaveCount(2)
            .And.SatisfyRespectively(
                create => create.Should().StartWith("cleanspotify.spotify.endpoint=POST /me/playlists, http.response.status_code=2"),
                add => add.Should().StartWith("cleanspotify.spotify.endpoint=POST /playlists/{playlistId}/items, http.response.status_code=2"));
        requests.TagLines().Should().NotContain(line => line.Contains(playlist.Value.Id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(RefreshTokenMode.NoRotation, "refreshed")]
    [InlineData(RefreshTokenMode.Rotate, "rotated")]
    public async Task TokenRefreshes_AccessTokenExpired_CountsTheOutcome(RefreshTokenMode mode, string outcome)
    {
        await using var env = await TestEnvironment.StartAsync();
        env.SandboxState.Faults.RefreshTokenMode = mode;
        var user = await env.Host.LinkAsync("jazz-soul");
        using var refreshes = env.Host.CollectMetric("cleanspotify.spotify.token_refreshes");
        env.Time.Advance(TestEnvironment.PastRefreshPoint);

        (await env.Host.GetTopTracksAsync(user.AppUserId)).IsSuccess.Should().BeTrue();
        (await env.Host.GetTopTracksAsync(user.AppUserId)).IsSuccess.Should().BeTrue();

        refreshes.TagLines().Should().Equal($"cleanspotify.refresh.outcome={outcome}");
    }

    [Fact]
    public async Task TokenRefreshes_RefreshTokenRevoked_CountsInvalidGrantAndOneLinkNeedingReconnect()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        using var refreshes = env.Host.CollectMetric("cleanspotify.spotify.token_refreshes");
        using var reconnects = env.Host.CollectMetric("cleanspotify.links.reconnects_required");
        env.SandboxState.Faults.RevokeRefreshTokens("jazz-soul");
        env.Time.Advance(TestEnvironment.PastRefreshPoint);

        (await env.Host.GetTopTracksAsync(user.AppUserId)).Error!.Code.Should().Be("link.reconnect");
        (await env.Host.GetTopTracksAsync(user.AppUserId)).Error!.Code.Should().Be("link.reconnect");

        refreshes.TagLines().Should().Equal("cleanspotify.refresh.outcome=invalid_grant");
        reconnects.GetMeasurementSnapshot().Should().ContainSingle().Which.Value.Should().Be(1);
    }

    [Fact]
    public async Task TokenRefreshes_TokenEndpointUnreachable_CountsUnavailableAndNoReconnect()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        using var refreshes = env.Host.CollectMetric("cleanspotify.spotify.token_refreshes");
        using var reconnects = env.Host.CollectMetric("cleanspotify.links.reconnects_required");
        await env.StopSandboxAsync();
        env.Time.Advance(TestEnvironment.PastRefreshPoint);

        (await env.Host.GetTopTracksAsync(user.AppUserId)).IsSuccess.Should().BeFalse();

        refreshes.TagLines().Should().Equal("cleanspotify.refresh.outcome=unavailable");
        reconnects.GetMeasurementSnapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task RateLimits_ShortRetryAfter_CountsOneWaitAndTheRetrySucceeds()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        using var rateLimits = env.Host.CollectMetric("cleanspotify.spotify.rate_limits");
        env.SandboxState.Faults.RateLimit(retryAfterSeconds: 0, quotaExceeded: false, count: 1, listenerKey: null);

        (await env.Host.GetTopTracksAsync(user.AppUserId)).IsSuccess.Should().BeTrue();

        rateLimits.TagLines().Should().Equal("cleanspotify.rate_limit.reason=retry_after_wait");
    }

    [Fact]
    public async Task RateLimits_LongRetryAfterThenAnotherCall_CountsThePauseThenTheShortCircuit()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        using var rateLimits = env.Host.CollectMetric("cleanspotify.spotify.rate_limits");
        using var requests = env.Host.CollectMetric("cleanspotify.spotify.requests");
        env.SandboxState.Faults.RateLimit(retryAfterSeconds: 600, quotaExceeded: false, count: 1, listenerKey: null);

        (await env.Host.GetTopTracksAsync(user.AppUserId)).Error!.Kind.Should().Be(ErrorKind.RateLimited);
        (await env.Host.GetTopTracksAsync(user.AppUserId)).Error!.Kind.Should().Be(ErrorKind.RateLimited);

        rateLimits.TagLines().Should().Equal(
            "cleanspotify.rate_limit.reason=long_retry_after",
            "cleanspotify.rate_limit.reason=cooldown_short_circuit");
        requests.TagLines().Should().Equal(
            "cleanspotify.spotify.endpoint=GET /me/top/tracks, http.response.status_code=429");
    }

    [Fact]
    public async Task RateLimits_QuotaExceeded_CountsQuotaExceeded()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        using var rateLimits = env.Host.CollectMetric("cleanspotify.spotify.rate_limits");
        env.SandboxState.Faults.RateLimit(retryAfterSeconds: 7200, quotaExceeded: true, count: 1, listenerKey: null);

        (await env.Host.GetTopTracksAsync(user.AppUserId)).Error!.Kind.Should().Be(ErrorKind.RateLimited);

        rateLimits.TagLines().Should().Equal("cleanspotify.rate_limit.reason=quota_exceeded");
    }

    [Fact]
    public async Task CacheLookups_FetchReuseExpireAndFail_CountsMissHitStaleAndMissByReadKind()
    {
        await using var env = await TestEnvironment.StartAsync();
        using var lookups = env.Host.CollectMetric("cleanspotify.cache.lookups");
        var cache = env.Host.Services.GetRequiredService<ISpotifyReadCache>();
        static Task<Result<string>> Answer(CancellationToken token) => Task.FromResult<Result<string>>("page one");
        static Task<Result<string>> Fail(CancellationToken token) => Task.FromResult<Result<string>>(SpotifyFailures.Unreachable);
        var userA = new LinkedSpotifyUser("user-a", Guid.NewGuid());

        (await cache.GetOrFetchAsync(userA, "top:Tracks:ShortTerm:1", Answer, Ct)).IsSuccess.Should().BeTrue();
        (await cache.GetOrFetchAsync(userA, "top:Tracks:ShortTerm:1", Answer, Ct)).IsSuccess.Should().BeTrue();
        await cache.ExpireUserAsync("user-a", Ct);
        (await cache.GetOrFetchAsync(userA, "top:Tracks:ShortTerm:1", Fail, Ct)).Value.IsStale.Should().BeTrue();
        (await cache.GetOrFetchAsync(userA, "recent", Fail, Ct)).IsSuccess.Should().BeFalse();

        lookups.TagLines().Should().Equal(
            "cleanspotify.cache.read=top, cleanspotify.cache.result=miss",
            "cleanspotify.cache.read=top, cleanspotify.cache.result=hit",
            "cleanspotify.cache.read=top, cleanspotify.cache.result=stale",
            "cleanspotify.cache.read=recent, cleanspotify.cache.result=miss");
    }
}
