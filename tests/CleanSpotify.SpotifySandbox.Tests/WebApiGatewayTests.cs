using System.Net;
using System.Net.Http.Headers;

namespace CleanSpotify.SpotifySandbox.Tests;

public sealed class WebApiGatewayTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Gateway_NoToken_Returns401WithMissingTokenChallenge()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var response = await sandbox.GetApiAsync("/me", accessToken: null);

        await response.ShouldBeApiErrorAsync(HttpStatusCode.Unauthorized, "Missing/invalid/expired access token");
        response.Headers.WwwAuthenticate.ToString()
            .Should().Be("Bearer realm=\"spotify\", error=\"missing_token\", error_description=\"No token provided\"");
    }

    [Fact]
    public async Task Gateway_UnknownToken_Returns401WithInvalidTokenChallenge()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var response = await sandbox.GetApiAsync("/me", "BQnot-a-token");

        await response.ShouldBeApiErrorAsync(HttpStatusCode.Unauthorized, "Missing/invalid/expired access token");
        response.Headers.WwwAuthenticate.ToString()
            .Should().Be("Bearer realm=\"spotify\", error=\"invalid_token\", error_description=\"Invalid access token\"");
    }

    [Fact]
    public async Task Gateway_TokenAfterAnHour_Returns401()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync();
        (await sandbox.GetApiAsync("/me", accessToken)).StatusCode.Should().Be(HttpStatusCode.OK);

        sandbox.Time.Advance(TimeSpan.FromHours(1));
        var response = await sandbox.GetApiAsync("/me", accessToken);

        await response.ShouldBeApiErrorAsync(HttpStatusCode.Unauthorized, "Missing/invalid/expired access token");
    }

    [Fact]
    public async Task Gateway_BasicScheme_Returns400()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "Zm9vOmJhcg==");

        var response = await sandbox.Http.SendAsync(request, Ct);

        await response.ShouldBeApiErrorAsync(HttpStatusCode.BadRequest, "Only valid bearer authentication supported");
    }

    [Fact]
    public async Task Gateway_EveryCall_IsRecordedInOrder()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, _) = await sandbox.LinkAsync("hiphop-rnb");

        await sandbox.GetApiAsync("/me", accessToken);
        await sandbox.GetApiAsync("/me/top/tracks?limit=0", accessToken);
        await sandbox.GetApiAsync("/me", null);
        await sandbox.GetApiAsync("/nothing-here", accessToken);

        sandbox.State.ApiCalls.Should().Equal(
            new SandboxApiCall("GET", "/v1/me", "hiphop-rnb", 200, accessToken),
            new SandboxApiCall("GET", "/v1/me/top/tracks", "hiphop-rnb", 400, accessToken),
            new SandboxApiCall("GET", "/v1/me", null, 401, null),
            new SandboxApiCall("GET", "/v1/nothing-here", "hiphop-rnb", 404, accessToken));
    }

    [Fact]
    public async Task Gateway_PastTheLogSize_KeepsTheLatestCallsAndCountsEveryCall()
    {
        await using var sandbox = await SandboxDriver.StartAsync(options => options.ApiCallLogSize = 2);
        var (accessToken, _) = await sandbox.LinkAsync("hiphop-rnb");

        await sandbox.GetApiAsync("/me", accessToken);
        await sandbox.GetApiAsync("/me", null);
        await sandbox.GetApiAsync("/me/top/tracks?limit=0", accessToken);
        await sandbox.GetApiAsync("/nothing-here", accessToken);
        var stats = await SandboxDriver.ReadJsonAsync(await sandbox.GetAsync("/sandbox/control/stats"));

        sandbox.State.ApiCalls.Should().Equal(
            new SandboxApiCall("GET", "/v1/me/top/tracks", "hiphop-rnb", 400, accessToken),
            new SandboxApiCall("GET", "/v1/nothing-here", "hiphop-rnb", 404, accessToken));
        sandbox.State.ApiCallCount.Should().Be(4);
        sandbox.State.CountApiCalls("hiphop-rnb").Should().Be(3);
        sandbox.State.TokenRequestCount.Should().Be(1, "the token counters do not depend on the call log");
        stats.GetProperty("api_calls").GetInt32().Should().Be(4);
        stats.GetProperty("api_calls_by_status").GetProperty("200").GetInt32().Should().Be(1);
        stats.GetProperty("api_calls_by_status").GetProperty("401").GetInt32().Should().Be(1);
        stats.GetProperty("listeners").EnumerateArray().Single(l => l.GetProperty("key").GetString() == "hiphop-rnb")
            .GetProperty("api_calls").GetInt32().Should().Be(3);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Start_WithoutRoomForOneCall_IsRefused(int logSize)
    {
        var start = () => SandboxDriver.StartAsync(options => options.ApiCallLogSize = logSize);

        await start.Should().ThrowAsync<ArgumentOutOfRangeException>().WithMessage("*Sandbox:ApiCallLogSize*");
    }
}
