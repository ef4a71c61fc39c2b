using System.Web;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>The accounts adapter (consent URL and code exchange) against the sandbox's accounts service.</summary>
public sealed class SpotifyAccountsServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BuildAuthorizeUri_ConfiguredClient_CarriesClientRedirectScopesStateAndS256Challenge()
    {
        await using var env = await TestEnvironment.StartAsync();
        var (_, challenge) = Pkce.Create();
        var state = Pkce.NewState();

        var uri = await env.Host.InScopeAsync<ISpotifyAccountsService, Uri>(accounts => Task.FromResult(accounts.BuildAuthorizeUri(state, challenge, [])));

        uri.GetLeftPart(UriPartial.Path).Should().Be(env.AccountsBaseUrl + "/authorize");
        var query = HttpUtility.ParseQueryString(uri.Query);
        query["response_type"].Should().Be("code");
        query["client_id"].Should().Be("cleanspotify-sandbox");
        query["redirect_uri"].Should().Be("http://127.0.0.1:5000/spotify/callback");
        query["scope"]!.Split(' ').Should().Equal("user-top-read", "user-read-recently-played", "playlist-modify-private");
        uri.Query.Should().NotContain("+", "spaces between scopes are percent-encoded");
        query["state"].Should().Be(state);
        query["code_challenge_method"].Should().Be("S256");
        query["code_challenge"].Should().Be(challenge);
    }

    [Fact]
    public async Task BuildAuthorizeUri_WithAdditionalScopes_AsksForThemOnceAfterTheConfiguredOnes()
    {
        await using var env = await TestEnvironment.StartAsync();
        var (_, challenge) = Pkce.Create();

        var uri = await env.Host.InScopeAsync<ISpotifyAccountsService, Uri>(accounts => Task.FromResult(
            accounts.BuildAuthorizeUri(Pkce.NewState(), challenge, ["user-top-read", "user-read-email"])));

        HttpUtility.ParseQueryString(uri.Query)["scope"]!.Split(' ')
            .Should().Equal("user-top-read", "user-read-recently-played", "playlist-modify-private", "user-read-email");
    }

    [Fact]
    public async Task ExchangeCodeAsync_ValidCodeAndVerifier_ReturnsTokensGrantedScopesAndExpiryFromClock()
    {
        await using var env = await TestEnvironment.StartAsync();
        var (code, verifier) = await env.Host.ConsentAsync("jazz-soul");

        var result = await ExchangeAsync(env.Host, code, verifier);

        result.IsSuccess.Should().BeTrue(result.Error?.Code);
        result.Value.Tokens.AccessToken.Should().StartWith("BQ");
        env.SandboxState.IssuedSecrets.Should().Contain([result.Value.Tokens.AccessToken, result.Value.Tokens.RefreshToken]);
        result.Value.Tokens.AccessTokenExpiresAt.Should().Be(TestEnvironment.StartTime.AddSeconds(3600));
        result.Value.GrantedScopes.Should().Equal("user-top-read", "user-read-recently-played", "playlist-modify-private");
        env.SandboxState.CountTokenRequests("authorization_code").Should().Be(1);
    }

    [Fact]
    public async Task ExchangeCodeAsync_CodeUsedTwice_ReturnsCodeRejected()
    {
        await using var env = await TestEnvironment.StartAsync();
        var (code, verifier) = await env.Host.ConsentAsync("jazz-soul");
        (await ExchangeAsync(env.Host, code, verifier)).IsSuccess.Should().BeTrue();

        var second = await ExchangeAsync(env.Host, code, verifier);

        second.IsSuccess.Should().BeFalse();
        second.Error!.Code.Should().Be("link.code_rejected");
        second.Error.Kind.Should().Be(ErrorKind.Validation);
    }

    [Fact]
    public async Task ExchangeCodeAsync_WrongVerifier_ReturnsCodeRejected()
    {
        await using var env = await TestEnvironment.StartAsync();
        var (code, _) = await env.Host.ConsentAsync("jazz-soul");

        var result = await ExchangeAsync(env.Host, code, Pkce.Create().Verifier);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("link.code_rejected");
        result.Error.Kind.Should().Be(ErrorKind.Validation);
    }

    [Fact]
    public async Task ExchangeCodeAsync_WrongClientSecret_ReturnsInvalidClient()
    {
        await using var env = await TestEnvironment.StartAsync();
        var misconfigured = await env.CreateHostAsync(settings => settings.Configuration["Spotify:ClientSecret"] = "not-the-secret");
        var (code, verifier) = await misconfigured.ConsentAsync("jazz-soul");

        var result = await ExchangeAsync(misconfigured, code, verifier);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("spotify.invalid_client");
        result.Error.Kind.Should().Be(ErrorKind.Upstream);
    }

    [Fact]
    public async Task ExchangeCodeAsync_SpotifyUnreachable_ReturnsUnreachable()
    {
        await using var env = await TestEnvironment.StartAsync();
        var (code, verifier) = await env.Host.ConsentAsync("jazz-soul");
        await env.StopSandboxAsync();

        var result = await ExchangeAsync(env.Host, code, verifier);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("spotify.unreachable");
        result.Error.Kind.Should().Be(ErrorKind.Upstream);
    }

    [Fact]
    public async Task ExchangeCodeAsync_PublicClientWithoutSecret_SendsClientIdInBodyAndCanLinkAndRefresh()
    {
        await using var env = await TestEnvironment.StartAsync(settings => settings.Configuration.Remove("Spotify:ClientSecret"));

        var user = await env.Host.LinkAsync("classical-film");
        env.Time.Advance(TimeSpan.FromSeconds(3600));
        var tracks = await env.Host.GetTopTracksAsync(user.AppUserId);

        // The sandbox only lets a public client refresh a token that was issued to a public client (no secret at exchange).
        tracks.IsSuccess.Should().BeTrue(tracks.Error?.Code);
        tracks.Value.Total.Should().Be(38);
        env.SandboxState.CountTokenRequests("authorization_code").Should().Be(1);
        env.SandboxState.CountTokenRequests("refresh_token").Should().Be(1);
    }

    private static async Task<Result<AuthorizationGrant>> ExchangeAsync(InfrastructureHost host, string code, string verifier)
    {
        await using var scope = host.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISpotifyAccountsService>().ExchangeCodeAsync(code, verifier, Ct);
    }
}
