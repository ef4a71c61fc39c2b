using CleanSpotify.Application.Common.Results;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using CleanSpotify.SpotifySandbox;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>Spotify's failure responses, as the sandbox sends them, mapped by <see cref="Spotify.SpotifyErrors"/>.</summary>
public sealed class SpotifyErrorsTests
{
    [Theory]
    [InlineData(DevModeWall.NotRegistered, "spotify.user_not_registered")]
    [InlineData(DevModeWall.PremiumRequired, "spotify.owner_needs_premium")]
    public async Task FromResponse_DevelopmentModeForbidden_MapsToItsOwnError(DevModeWall wall, string expectedCode)
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        env.SandboxState.Faults.DevModeForbidden(wall, "jazz-soul");

        var result = await env.Host.GetTopTracksAsync(user.AppUserId);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(expectedCode);
        result.Error.Kind.Should().Be(ErrorKind.SpotifyForbidden);
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks").Should().ContainSingle().Which.StatusCode.Should().Be(403);
    }

    [Fact]
    public async Task FromResponse_OneServiceUnavailable_IsRetriedAndSucceeds()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        env.SandboxState.Faults.ServerErrors(503, count: 1, listenerKey: null);

        var result = await env.Host.GetTopTracksAsync(user.AppUserId);

        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        result.Value.Total.Should().Be(87);
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks").Select(c => c.StatusCode).Should().Equal(503, 200);
    }

    [Fact]
    public async Task FromResponse_ServiceUnavailableOnEveryAttempt_ReturnsUnavailableAfterTwoRetries()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        env.SandboxState.Faults.ServerErrors(503, count: 10, listenerKey: null);

        var result = await env.Host.GetTopTracksAsync(user.AppUserId);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("spotify.unavailable");
        result.Error.Kind.Should().Be(ErrorKind.Upstream);
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks").Select(c => c.StatusCode).Should().Equal(503, 503, 503);
    }

    [Fact]
    public async Task FromResponse_QuotaExceeded_ReturnsRateLimitedUntilRetryAfterWithoutRetrying()
    {
        await using var env = await TestEnvironment.StartAsync();
        var user = await env.Host.LinkAsync("jazz-soul");
        env.SandboxState.Faults.RateLimit(retryAfterSeconds: 7200, quotaExceeded: true, count: 1, listenerKey: null);

        var result = await env.Host.GetTopTracksAsync(user.AppUserId);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(ErrorKind.RateLimited);
        result.Error.Code.Should().Be("spotify.rate_limited");
        result.Error.RetryAt.Should().Be(env.Time.GetUtcNow().AddSeconds(7200));
        result.Error.RetryAt.Should().BeAfter(env.Time.GetUtcNow());
        result.Error.Message.Should().Contain("quota");
        env.SandboxState.ApiCalls.Where(c => c.Path == "/v1/me/top/tracks").Should().ContainSingle().Which.StatusCode.Should().Be(429);
    }
}
