using System.Diagnostics;
using System.Net;

namespace CleanSpotify.SpotifySandbox.Tests;

public sealed class SandboxFaultsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExpireAccessTokens_ForOneListener_OnlyTheirTokensAnswer401()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (jazz, _) = await sandbox.LinkAsync("jazz-soul");
        var (indie, _) = await sandbox.LinkAsync("indie-electronic");

        sandbox.State.Faults.ExpireAccessTokens("jazz-soul");

        await (await sandbox.GetApiAsync("/me", jazz)).ShouldBeApiErrorAsync(HttpStatusCode.Unauthorized, "Missing/invalid/expired access token");
        (await sandbox.GetApiAsync("/me", indie)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RevokeRefreshTokens_ForEveryone_RefreshAnswersRevokedButAccessTokenStillWorks()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, refreshToken) = await sandbox.LinkAsync();

        sandbox.State.Faults.RevokeRefreshTokens(null);

        await (await sandbox.RefreshAsync(refreshToken)).ShouldBeTokenErrorAsync("invalid_grant", "Refresh token revoked");
        (await sandbox.GetApiAsync("/me", accessToken)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RefreshTokenMode_SwitchedAtRuntime_AppliesToTheNextRefresh()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (_, refreshToken) = await sandbox.LinkAsync();

        sandbox.State.Faults.RefreshTokenMode = RefreshTokenMode.Rotate;
        var rotated = await SandboxDriver.ReadJsonAsync(await sandbox.RefreshAsync(refreshToken));
        sandbox.State.Faults.Reset();

        rotated.TryGetProperty("refresh_token", out _).Should().BeTrue();
        sandbox.State.Faults.RefreshTokenMode.Should().Be(RefreshTokenMode.NoRotation);
    }

    [Fact]
    public async Task AppRateLimit_CallsOfAllListenersTogether_AreRefusedBeyondTheRollingWindowUntilTheOldestLeavesIt()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (jazz, _) = await sandbox.LinkAsync("jazz-soul");
        var (indie, _) = await sandbox.LinkAsync("indie-electronic");
        sandbox.State.Faults.AppRateLimit(calls: 3, window: TimeSpan.FromSeconds(30));

        (await sandbox.GetApiAsync("/me", jazz)).StatusCode.Should().Be(HttpStatusCode.OK);
        sandbox.Time.Advance(TimeSpan.FromSeconds(10));
        (await sandbox.GetApiAsync("/me", indie)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await sandbox.GetApiAsync("/me", jazz)).StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await sandbox.GetApiAsync("/me", indie);

        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(20), "the first call leaves the 30 s window 20 s from now");
        await refused.ShouldBeApiErrorAsync(HttpStatusCode.TooManyRequests, "API rate limit exceeded");
        sandbox.Time.Advance(TimeSpan.FromSeconds(20));
        (await sandbox.GetApiAsync("/me", indie)).StatusCode.Should().Be(HttpStatusCode.OK, "the oldest call has left the window");
        (await sandbox.GetApiAsync("/me", jazz)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "refused calls are not counted, the other two still are");
    }

    [Fact]
    public async Task AppRateLimit_SwitchedOffWithZero_LetsEveryCallThrough()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (jazz, _) = await sandbox.LinkAsync("jazz-soul");
        sandbox.State.Faults.AppRateLimit(calls: 1, window: TimeSpan.FromSeconds(30));
        (await sandbox.GetApiAsync("/me", jazz)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await sandbox.GetApiAsync("/me", jazz)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        sandbox.State.Faults.AppRateLimit(calls: 0, window: TimeSpan.FromSeconds(30));

        (await sandbox.GetApiAsync("/me", jazz)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await sandbox.GetApiAsync("/me", jazz)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RateLimit_NextTwoCalls_Answer429WithRetryAfterThenRecover()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();

        sandbox.State.Faults.RateLimit(retryAfterSeconds: 7, quotaExceeded: false, count: 2, listenerKey: null);
        var first = await sandbox.GetApiAsync("/me", accessToken);
        var second = await sandbox.GetApiAsync("/me/top/tracks", accessToken);
        var third = await sandbox.GetApiAsync("/me", accessToken);

        await first.ShouldBeApiErrorAsync(HttpStatusCode.TooManyRequests, "API rate limit exceeded");
        first.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        second.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        third.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RateLimit_QuotaExceeded_HasReasonAndOnlyHitsThatListener()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (jazz, _) = await sandbox.LinkAsync("jazz-soul");
        var (indie, _) = await sandbox.LinkAsync("indie-electronic");

        sandbox.State.Faults.RateLimit(retryAfterSeconds: 79892, quotaExceeded: true, count: 1, listenerKey: "jazz-soul");
        var other = await sandbox.GetApiAsync("/me", indie);
        var hit = await sandbox.GetApiAsync("/me", jazz);

        other.StatusCode.Should().Be(HttpStatusCode.OK);
        hit.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        hit.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(79892));
        (await hit.Content.ReadAsStringAsync(Ct))
            .Should().Be("{\"error\":{\"status\":429,\"message\":\"Too many requests\",\"reason\":\"QUOTA_EXCEEDED\"}}");
    }

    [Theory]
    [InlineData(500, "Server error.")]
    [InlineData(502, "Bad gateway.")]
    [InlineData(503, "Service unavailable")]
    public async Task ServerErrors_NextCall_AnswersSpotifyErrorBody(int status, string message)
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();

        sandbox.State.Faults.ServerErrors(status, count: 1, listenerKey: null);
        var failed = await sandbox.GetApiAsync("/me", accessToken);
        var recovered = await sandbox.GetApiAsync("/me", accessToken);

        await failed.ShouldBeApiErrorAsync((HttpStatusCode)status, message);
        recovered.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ServerErrors_UnsupportedStatusOrUnknownListener_Throws()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var badStatus = () => sandbox.State.Faults.ServerErrors(404, 1, null);
        var badListener = () => sandbox.State.Faults.ServerErrors(500, 1, "nobody");

        badStatus.Should().Throw<ArgumentOutOfRangeException>();
        badListener.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task DevModeForbidden_NotRegisteredAndPremium_Answer2026Bodies()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (jazz, _) = await sandbox.LinkAsync("jazz-soul");
        var (indie, _) = await sandbox.LinkAsync("indie-electronic");

        sandbox.State.Faults.DevModeForbidden(DevModeWall.NotRegistered, "jazz-soul");
        var notRegistered = await sandbox.GetApiAsync("/me", jazz);
        sandbox.State.Faults.DevModeForbidden(DevModeWall.PremiumRequired, null);
        var premium = await sandbox.GetApiAsync("/me/top/tracks", indie);
        sandbox.State.Faults.Reset();
        var afterReset = await sandbox.GetApiAsync("/me", jazz);

        await notRegistered.ShouldBeApiErrorAsync(
            HttpStatusCode.Forbidden,
            "The user is not registered for this application. Please check your settings on https://developer.spotify.com/dashboard.");
        await premium.ShouldBeApiErrorAsync(
            HttpStatusCode.Forbidden,
            "Active premium subscription required for the owner of the app. When the subscription status changes, it can take a few hours before requests are allowed again.");
        afterReset.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Latency_IsAddedBeforeTheResponse()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();

        sandbox.State.Faults.Latency(TimeSpan.FromMilliseconds(300), "jazz-soul");
        var stopwatch = Stopwatch.StartNew();
        var response = await sandbox.GetApiAsync("/me", accessToken);
        stopwatch.Stop();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        stopwatch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(280));
    }

    [Fact]
    public async Task Latency_AbortedRequest_StopsWaitingAndIsRecorded()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();
        sandbox.State.Faults.Latency(TimeSpan.FromMinutes(5), null);
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/me");
        request.Headers.Authorization = new("Bearer", accessToken);

        var call = sandbox.Http.SendAsync(request, abort.Token);
        abort.CancelAfter(TimeSpan.FromMilliseconds(200));
        var send = () => call;

        await send.Should().ThrowAsync<OperationCanceledException>();
        await Eventually.TrueAsync(() => sandbox.State.ApiCalls.Any(c => c.StatusCode == 499));
    }
}
