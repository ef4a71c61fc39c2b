using System.Net;
using System.Text;

namespace CleanSpotify.SpotifySandbox.Tests;

public sealed class TokenEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Token_CodeWithBasicAuth_ReturnsBearerTokensWithGrantedScope()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var code = await sandbox.GetCodeAsync(scope: "user-read-private user-top-read");

        var response = await sandbox.ExchangeAsync(code);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var json = await SandboxDriver.ReadJsonAsync(response);
        json.GetProperty("token_type").GetString().Should().Be("Bearer");
        json.GetProperty("scope").GetString().Should().Be("user-read-private user-top-read");
        json.GetProperty("expires_in").GetInt32().Should().Be(3600);
        var accessToken = json.GetProperty("access_token").GetString();
        var refreshToken = json.GetProperty("refresh_token").GetString();
        accessToken.Should().NotBeNullOrEmpty().And.NotBe(refreshToken);
        sandbox.State.IssuedSecrets.Should().Contain([accessToken!, refreshToken!, sandbox.Options.ClientSecret]);
        sandbox.State.CountTokenRequests("authorization_code").Should().Be(1);
    }

    [Fact]
    public async Task Token_CodeWithBodyCredentials_Succeeds()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var code = await sandbox.GetCodeAsync();

        var response = await sandbox.PostTokenAsync(
            new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = SandboxDriver.RedirectUri,
                ["client_id"] = sandbox.Options.ClientId,
                ["client_secret"] = sandbox.Options.ClientSecret,
            },
            basicAuth: false);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Token_PkceWithAndWithoutSecret_Succeeds(bool withSecret)
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (verifier, challenge) = SandboxDriver.CreatePkce();
        var code = await sandbox.GetCodeAsync(codeChallenge: challenge);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = SandboxDriver.RedirectUri,
            ["client_id"] = sandbox.Options.ClientId,
            ["code_verifier"] = verifier,
        };
        if (withSecret)
        {
            form["client_secret"] = sandbox.Options.ClientSecret;
        }

        var response = await sandbox.PostTokenAsync(form, basicAuth: false);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Token_PkceVerifierMismatchOrMissing_ReturnsSpotifyErrors()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (_, challenge) = SandboxDriver.CreatePkce();
        var code = await sandbox.GetCodeAsync(codeChallenge: challenge);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = SandboxDriver.RedirectUri,
            ["client_id"] = sandbox.Options.ClientId,
        };

        var missing = await sandbox.PostTokenAsync(form, basicAuth: false);
        form["code_verifier"] = SandboxDriver.CreatePkce().Verifier;
        var wrong = await sandbox.PostTokenAsync(form, basicAuth: false);

        await missing.ShouldBeTokenErrorAsync("invalid_request", "code_verifier required");
        await wrong.ShouldBeTokenErrorAsync("invalid_grant", "code_verifier was incorrect");
    }

    [Fact]
    public async Task Token_CodeUsedTwice_SecondAttemptIsInvalidAndRevokesTokens()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var code = await sandbox.GetCodeAsync();
        var first = await SandboxDriver.ReadJsonAsync(await sandbox.ExchangeAsync(code));

        var second = await sandbox.ExchangeAsync(code);

        await second.ShouldBeTokenErrorAsync("invalid_grant", "Invalid authorization code");
        (await sandbox.GetApiAsync("/me", first.GetProperty("access_token").GetString())).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_CodeAfterItsLifetime_IsExpired()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var code = await sandbox.GetCodeAsync();
        sandbox.Time.Advance(TimeSpan.FromMinutes(10));

        var response = await sandbox.ExchangeAsync(code);

        await response.ShouldBeTokenErrorAsync("invalid_grant", "Authorization code expired");
    }

    [Fact]
    public async Task Token_RedirectUriDifferentFromAuthorize_IsRejected()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var code = await sandbox.GetCodeAsync();

        var response = await sandbox.ExchangeAsync(code, "http://127.0.0.1:9999/spotify/callback");

        await response.ShouldBeTokenErrorAsync("invalid_grant", "Invalid redirect URI");
    }

    [Fact]
    public async Task Token_UnknownCode_IsInvalid()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var response = await sandbox.ExchangeAsync("AQnot-a-code");

        await response.ShouldBeTokenErrorAsync("invalid_grant", "Invalid authorization code");
    }

    [Fact]
    public async Task Token_ClientAuthenticationProblems_ReturnInvalidClient()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var code = await sandbox.GetCodeAsync();
        var form = new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = SandboxDriver.RedirectUri };

        var none = await sandbox.PostTokenAsync(form, basicAuth: false);
        var badSecret = await sandbox.PostTokenAsync(
            new Dictionary<string, string>(form) { ["client_id"] = sandbox.Options.ClientId, ["client_secret"] = "wrong" }, basicAuth: false);
        var badClient = await sandbox.PostTokenAsync(
            new Dictionary<string, string>(form) { ["client_id"] = "someone-else", ["client_secret"] = sandbox.Options.ClientSecret }, basicAuth: false);

        await none.ShouldBeTokenErrorAsync("invalid_client", null);
        await badSecret.ShouldBeTokenErrorAsync("invalid_client", "Invalid client secret");
        await badClient.ShouldBeTokenErrorAsync("invalid_client", "Invalid client");
        (await sandbox.ExchangeAsync(code)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Token_JsonBodyOrUnknownGrant_IsUnsupportedGrantType()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var json = await sandbox.Http.PostAsync(
            "/api/token", new StringContent("{\"grant_type\":\"authorization_code\"}", Encoding.UTF8, "application/json"), Ct);
        var unknown = await sandbox.PostTokenAsync(new Dictionary<string, string> { ["grant_type"] = "password" }, basicAuth: true);

        await json.ShouldBeTokenErrorAsync("unsupported_grant_type", "grant_type parameter is missing");
        await unknown.ShouldBeTokenErrorAsync("unsupported_grant_type", "grant_type parameter is missing");
        sandbox.State.TokenRequestCount.Should().Be(2);
    }

    [Fact]
    public async Task Refresh_NoRotation_ReturnsNoRefreshTokenAndOriginalStaysValid()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (accessToken, refreshToken) = await sandbox.LinkAsync();

        var first = await SandboxDriver.ReadJsonAsync(await sandbox.RefreshAsync(refreshToken));
        var second = await sandbox.RefreshAsync(refreshToken);

        first.TryGetProperty("refresh_token", out _).Should().BeFalse();
        first.GetProperty("access_token").GetString().Should().NotBe(accessToken);
        first.GetProperty("scope").GetString().Should().Be(SandboxDriver.AllScopes);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        sandbox.State.CountTokenRequests("refresh_token").Should().Be(2);
    }

    [Fact]
    public async Task Refresh_Rotate_ReturnsNewRefreshTokenAndRevokesOld()
    {
        await using var sandbox = await SandboxDriver.StartAsync(o => o.RefreshTokenMode = RefreshTokenMode.Rotate);
        var (_, refreshToken) = await sandbox.LinkAsync();

        var rotated = (await SandboxDriver.ReadJsonAsync(await sandbox.RefreshAsync(refreshToken))).GetProperty("refresh_token").GetString()!;
        var reuse = await sandbox.RefreshAsync(refreshToken);
        var next = await sandbox.RefreshAsync(rotated);

        rotated.Should().NotBe(refreshToken);
        await reuse.ShouldBeTokenErrorAsync("invalid_grant", "Refresh token revoked");
        next.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refresh_SixMonthsAfterOriginalAuthorization_IsRevokedEvenAfterRefreshes()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (_, refreshToken) = await sandbox.LinkAsync();
        sandbox.Time.Advance(TimeSpan.FromDays(180));
        (await sandbox.RefreshAsync(refreshToken)).StatusCode.Should().Be(HttpStatusCode.OK);

        sandbox.Time.Advance(TimeSpan.FromDays(3));
        var response = await sandbox.RefreshAsync(refreshToken);

        await response.ShouldBeTokenErrorAsync("invalid_grant", "Refresh token revoked");
    }

    [Fact]
    public async Task Refresh_UnknownToken_IsInvalid()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var response = await sandbox.RefreshAsync("AQunknown");

        await response.ShouldBeTokenErrorAsync("invalid_grant", "Invalid refresh token");
    }

    [Fact]
    public async Task Refresh_PublicClientWithoutSecret_WorksOnlyForPkceGrants()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (_, confidentialRefresh) = await sandbox.LinkAsync();
        var (verifier, challenge) = SandboxDriver.CreatePkce();
        var code = await sandbox.GetCodeAsync(codeChallenge: challenge);
        var pkce = await SandboxDriver.ReadJsonAsync(await sandbox.PostTokenAsync(
            new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = SandboxDriver.RedirectUri,
                ["client_id"] = sandbox.Options.ClientId,
                ["code_verifier"] = verifier,
            },
            basicAuth: false));
        Dictionary<string, string> PublicRefresh(string token) => new()
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = token,
            ["client_id"] = sandbox.Options.ClientId,
        };

        var publicResponse = await sandbox.PostTokenAsync(PublicRefresh(pkce.GetProperty("refresh_token").GetString()!), basicAuth: false);
        var confidentialResponse = await sandbox.PostTokenAsync(PublicRefresh(confidentialRefresh), basicAuth: false);

        publicResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        await confidentialResponse.ShouldBeTokenErrorAsync("invalid_client", null);
    }
}
