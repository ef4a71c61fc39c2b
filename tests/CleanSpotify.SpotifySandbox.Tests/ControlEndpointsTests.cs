using System.Net;
using AngleSharp.Html.Parser;

namespace CleanSpotify.SpotifySandbox.Tests;

public sealed class ControlEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Control_ServerErrorsAndRateLimit_DriveTheFaults()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("hiphop-rnb");

        var serverErrors = await sandbox.PostJsonAsync("/sandbox/control/faults/server-errors", "{\"status_code\":502,\"count\":1}");
        var rateLimit = await sandbox.PostJsonAsync("/sandbox/control/faults/rate-limit", "{\"retry_after_seconds\":3,\"quota_exceeded\":false,\"count\":1,\"listener_key\":\"hiphop-rnb\"}");

        serverErrors.StatusCode.Should().Be(HttpStatusCode.OK);
        rateLimit.StatusCode.Should().Be(HttpStatusCode.OK);
        (await sandbox.GetApiAsync("/me", accessToken)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await sandbox.GetApiAsync("/me", accessToken)).StatusCode.Should().Be(HttpStatusCode.BadGateway);
        (await sandbox.GetApiAsync("/me", accessToken)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Control_AppRateLimitThenReset_LimitsAllCallsUntilReset()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();

        var limit = await sandbox.PostJsonAsync("/sandbox/control/faults/app-rate-limit", "{\"calls\":1,\"window_seconds\":30}");
        var first = await sandbox.GetApiAsync("/me", accessToken);
        var second = await sandbox.GetApiAsync("/me", accessToken);
        var invalid = await sandbox.PostJsonAsync("/sandbox/control/faults/app-rate-limit", "{\"calls\":-1}");
        var reset = await sandbox.PostJsonAsync("/sandbox/control/faults/reset", "{}");
        var afterReset = await sandbox.GetApiAsync("/me", accessToken);

        limit.StatusCode.Should().Be(HttpStatusCode.OK);
        (await limit.Content.ReadAsStringAsync(Ct)).Should().Contain("\"app_rate_limit\":{\"calls\":1,\"window_seconds\":30");
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        reset.StatusCode.Should().Be(HttpStatusCode.OK);
        afterReset.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Control_DevModeForbiddenThenReset_TogglesThe403()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();

        await sandbox.PostJsonAsync("/sandbox/control/faults/dev-mode-forbidden", "{\"wall\":\"premium_required\"}");
        var blocked = await sandbox.GetApiAsync("/me", accessToken);
        await sandbox.PostJsonAsync("/sandbox/control/faults/reset", "{}");
        var open = await sandbox.GetApiAsync("/me", accessToken);

        blocked.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        open.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Control_ExpireRevokeAndRefreshMode_ActOnTokens()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, refreshToken) = await sandbox.LinkAsync("classical-film");

        await sandbox.PostJsonAsync("/sandbox/control/faults/refresh-token-mode", "{\"mode\":\"rotate\"}");
        var mode = sandbox.State.Faults.RefreshTokenMode;
        await sandbox.PostJsonAsync("/sandbox/control/faults/expire-access-tokens", string.Empty);
        await sandbox.PostJsonAsync("/sandbox/control/faults/revoke-refresh-tokens", "{\"listener_key\":\"classical-film\"}");

        mode.Should().Be(RefreshTokenMode.Rotate);
        (await sandbox.GetApiAsync("/me", accessToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await (await sandbox.RefreshAsync(refreshToken)).ShouldBeTokenErrorAsync("invalid_grant", "Refresh token revoked");
    }

    [Fact]
    public async Task Control_InvalidInput_Returns400()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var unknownListener = await sandbox.PostJsonAsync("/sandbox/control/faults/latency", "{\"delay_ms\":10,\"listener_key\":\"nobody\"}");
        var badWall = await sandbox.PostJsonAsync("/sandbox/control/faults/dev-mode-forbidden", "{\"wall\":\"maybe\"}");

        unknownListener.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        badWall.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "status_code=502&count=1")]
    [InlineData("multipart/form-data; boundary=x", "--x--")]
    [InlineData("text/plain", "{\"status_code\":502,\"count\":1}")]
    public async Task Control_FormOrTextBody_Returns415AndChangesNothing(string contentType, string body)
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();
        using var content = new StringContent(body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await sandbox.Http.PostAsync("/sandbox/control/faults/server-errors", content, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Contain("accept only application/json");
        (await sandbox.GetApiAsync("/me", accessToken)).StatusCode.Should().Be(HttpStatusCode.OK, "the refused request must not have switched a fault on");
    }

    [Fact]
    public async Task Control_ResetWithoutContentType_Returns415()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();
        sandbox.State.Faults.ServerErrors(503, 1, null);

        var response = await sandbox.Http.PostAsync("/sandbox/control/faults/reset", null, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await sandbox.GetApiAsync("/me", accessToken)).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "the refused reset must have left the fault in place");
    }

    [Fact]
    public async Task Stats_AfterTraffic_CountsWithoutRevealingSecrets()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, refreshToken) = await sandbox.LinkAsync("indie-electronic");
        await sandbox.RefreshAsync(refreshToken);
        await sandbox.GetApiAsync("/me", accessToken);
        await sandbox.GetApiAsync("/me", null);

        var text = await sandbox.Http.GetStringAsync("/sandbox/control/stats", Ct);
        var json = System.Text.Json.JsonDocument.Parse(text).RootElement;

        json.GetProperty("token_requests").GetInt32().Should().Be(2);
        json.GetProperty("token_requests_by_grant_type").GetProperty("refresh_token").GetInt32().Should().Be(1);
        json.GetProperty("api_calls").GetInt32().Should().Be(2);
        json.GetProperty("api_calls_by_status").GetProperty("401").GetInt32().Should().Be(1);
        foreach (var secret in sandbox.State.IssuedSecrets)
        {
            text.Should().NotContain(secret);
        }
    }

    [Fact]
    public async Task AdminPage_ShowsCountersFaultsAndListenersWithoutSecrets()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();
        await sandbox.GetApiAsync("/me", accessToken);
        sandbox.State.Faults.ServerErrors(503, 2, "jazz-soul");

        var response = await sandbox.GetAsync("/sandbox");
        var html = await response.Content.ReadAsStringAsync(Ct);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelector("h1")!.TextContent.Should().Be("Spotify sandbox");
        document.QuerySelectorAll("#listeners tr").Should().HaveCount(6);
        document.QuerySelector("#faults")!.TextContent.Should().Contain("503").And.Contain("jazz-soul");
        document.QuerySelector("#calls")!.TextContent.Should().Contain("/v1/me");
        foreach (var secret in sandbox.State.IssuedSecrets)
        {
            html.Should().NotContain(secret);
        }
    }

    [Fact]
    public async Task Control_WhenDisabled_IsNotMapped()
    {
        await using var sandbox = await SandboxDriver.StartAsync(o => o.EnableControlEndpoint = false);

        var stats = await sandbox.GetAsync("/sandbox/control/stats");
        var admin = await sandbox.GetAsync("/sandbox");

        stats.StatusCode.Should().Be(HttpStatusCode.NotFound);
        admin.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
