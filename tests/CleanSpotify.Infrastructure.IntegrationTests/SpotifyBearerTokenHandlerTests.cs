using CleanSpotify.Infrastructure.IntegrationTests.Support;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>The per-request token of <see cref="Spotify.SpotifyBearerTokenHandler"/>, seen from the sandbox's side.</summary>
public sealed class SpotifyBearerTokenHandlerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_SpotifyExpiredTokenWhileOurClockSaysValid_RefreshesOnceAndRetries()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        env.SandboxState.Faults.ExpireAccessTokens("jazz-soul");

        var result = await env.Host.GetTopTracksAsync(user.AppUserId);

        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        result.Value.Total.Should().Be(87);
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(1);
        var link = await env.Host.FindLinkAsync(user.AppUserId);
        var calls = env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks").ToArray();
        calls.Select(c => (c.StatusCode, c.AccessToken)).Should().Equal(
            (401, user.InitialTokens.AccessToken),
            (200, link!.Tokens!.AccessToken));
    }

    [Fact]
    public async Task SendAsync_TwoUsersInterleavedOnOnePooledHandler_EachRequestCarriesItsOwnUsersToken()
    {
        await using var env = await TestEnvironment.StartAsync();
        var jazz = await env.Host.LinkAsync("jazz-soul");
        var hiphop = await env.Host.LinkAsync("hiphop-rnb");
        env.Time.Advance(TimeSpan.FromSeconds(3600 - 60 + 1));

        // 20 calls each, alternating, all at once, through the one IHttpClientFactory of this host; both refresh on the way.
        var calls = Enumerable.Range(0, 40)
            .Select(i => i % 2 == 0 ? jazz : hiphop)
            .Select(user => Task.Run(async () => (User: user, Result: await env.Host.GetTopTracksAsync(user.AppUserId)), Ct))
            .ToArray();
        var results = await Task.WhenAll(calls);

        // Each caller got its own listener's data (jazz-soul: 87 medium-term tracks, hiphop-rnb: 57).
        results.Where(r => r.User == jazz).Should().HaveCount(20).And.OnlyContain(r => r.Result.IsSuccess && r.Result.Value.Total == 87);
        results.Where(r => r.User == hiphop).Should().HaveCount(20).And.OnlyContain(r => r.Result.IsSuccess && r.Result.Value.Total == 57);
        var jazzIds = results.First(r => r.User == jazz).Result.Value.Items.Select(t => t.Id).ToArray();
        results.Where(r => r.User == jazz).Should().OnlyContain(r => r.Result.Value.Items.Select(t => t.Id).SequenceEqual(jazzIds));

        // And the sandbox saw every request with the token stored for the listener it served.
        var jazzToken = (await env.Host.FindLinkAsync(jazz.AppUserId))!.Tokens!.AccessToken;
        var hiphopToken = (await env.Host.FindLinkAsync(hiphop.AppUserId))!.Tokens!.AccessToken;
        var served = env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks").ToArray();
        served.Should().HaveCount(40).And.OnlyContain(c => c.StatusCode == 200);
        served.Where(c => c.ListenerKey == "jazz-soul").Should().HaveCount(20).And.OnlyContain(c => c.AccessToken == jazzToken);
        served.Where(c => c.ListenerKey == "hiphop-rnb").Should().HaveCount(20).And.OnlyContain(c => c.AccessToken == hiphopToken);
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(2);
    }
}
