using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Infrastructure.IntegrationTests.Support;

namespace CleanSpotify.Infrastructure.IntegrationTests;

public sealed class SpotifyProfileReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetProfileForTokenAsync_FreshToken_MapsAccountIdUserIdNameImageAndProfileUrl()
    {
        await using var env = await TestEnvironment.StartAsync();
        var grant = await env.Host.AuthorizeAsync("jazz-soul");
        var listener = env.SandboxState.Listeners.Single(l => l.Key == "jazz-soul");

        var result = await env.Host.InScopeAsync<ISpotifyProfileReader, Result<SpotifyProfileDto>>(
            reader => reader.GetProfileForTokenAsync(grant.Tokens.AccessToken, Ct));

        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        result.Value.AccountId.Should().Be(listener.AccountId).And.NotBe(listener.UserId);
        result.Value.UserId.Should().Be("ninahollis");
        result.Value.DisplayName.Should().Be("Nina Hollis");
        result.Value.ImageUrl.Should().NotBeNull();
        result.Value.ImageUrl!.IsAbsoluteUri.Should().BeTrue();
        result.Value.ImageUrl.GetLeftPart(UriPartial.Authority).Should().Be(env.AccountsBaseUrl);
        result.Value.ImageUrl.AbsolutePath.Should().Be("/images/user/ninahollis.svg");
        result.Value.ProfileUrl.Should().Be(new Uri("https://open.spotify.com/user/ninahollis"));
    }

    [Fact]
    public async Task GetProfileForTokenAsync_GarbageToken_ReturnsUnauthorized()
    {
        await using var env = await TestEnvironment.StartAsync();

        var result = await env.Host.InScopeAsync<ISpotifyProfileReader, Result<SpotifyProfileDto>>(
            reader => reader.GetProfileForTokenAsync("BQ-not-a-token", Ct));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("spotify.unauthorized");
        result.Error.Kind.Should().Be(ErrorKind.Upstream);
        env.SandboxState.ApiCalls.Should().ContainSingle().Which.StatusCode.Should().Be(401);
        env.SandboxState.TokenRequestCount.Should().Be(0, "a token the app never stored is not refreshed");
    }
}
