using System.Net;
using AngleSharp.Html.Parser;

namespace CleanSpotify.SpotifySandbox.Tests;

public sealed class AuthorizeEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("http://127.0.0.1:5123/spotify/callback")]
    [InlineData("http://127.0.0.1:61000/spotify/callback")]
    [InlineData("http://127.0.0.1/spotify/callback")]
    public async Task Authorize_LoopbackRedirectOnAnyPort_ShowsConsentPageWithListeners(string redirectUri)
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var response = await sandbox.GetAsync(SandboxDriver.AuthorizeQuery(redirectUri: redirectUri));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        document.QuerySelector("form")!.GetAttribute("method").Should().Be("post");
        document.QuerySelector("form")!.GetAttribute("action").Should().Be("/authorize");
        document.QuerySelectorAll("input[type=radio][name=listener]").Select(i => i.GetAttribute("value"))
            .Should().BeEquivalentTo(sandbox.State.Listeners.Select(l => l.Key));
        document.QuerySelectorAll("button[name=decision]").Select(b => b.GetAttribute("value")).Should().Equal("agree", "cancel");
        document.QuerySelectorAll("#scopes li").Should().HaveCount(6);
        document.QuerySelectorAll("script").Should().BeEmpty();
        foreach (var radio in document.QuerySelectorAll("input[type=radio]"))
        {
            document.QuerySelector($"label[for='{radio.Id}']").Should().NotBeNull();
        }
    }

    [Theory]
    [InlineData("http://localhost:5123/spotify/callback", "INVALID_CLIENT: Insecure redirect URI")]
    [InlineData("http://localhost/spotify/callback", "INVALID_CLIENT: Insecure redirect URI")]
    [InlineData("http://example.com/spotify/callback", "INVALID_CLIENT: Insecure redirect URI")]
    [InlineData("http://127.0.0.1:5123/spotify/callback/", "INVALID_CLIENT: Invalid redirect URI")]
    [InlineData("http://127.0.0.1:5123/Spotify/callback", "INVALID_CLIENT: Invalid redirect URI")]
    [InlineData("https://app.example.com/spotify/callback", "INVALID_CLIENT: Invalid redirect URI")]
    public async Task Authorize_RejectedRedirectUri_ShowsPlainErrorWithoutRedirect(string redirectUri, string expected)
    {
        await using var sandbox = await SandboxDriver.StartAsync(o => o.RedirectUris.Add("http://localhost/spotify/callback"));

        var response = await sandbox.GetAsync(SandboxDriver.AuthorizeQuery(redirectUri: redirectUri));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Location.Should().BeNull();
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be(expected);
    }

    [Fact]
    public async Task Authorize_HttpsUriRegisteredExactly_IsAccepted()
    {
        await using var sandbox = await SandboxDriver.StartAsync(o => o.RedirectUris.Add("https://app.example.com/spotify/callback"));

        var response = await sandbox.GetAsync(SandboxDriver.AuthorizeQuery(redirectUri: "https://app.example.com/spotify/callback"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("other", "user-top-read", "INVALID_CLIENT: Invalid client")]
    [InlineData("cleanspotify-sandbox", "user-top-read made-up-scope", "Illegal scope")]
    public async Task Authorize_BadClientOrScope_ShowsPlainError(string clientId, string scope, string expected)
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var response = await sandbox.GetAsync(SandboxDriver.AuthorizeQuery(clientId: clientId, scope: scope));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be(expected);
    }

    [Fact]
    public async Task Authorize_PlainCodeChallengeMethod_RedirectsWithInvalidRequest()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var (_, challenge) = SandboxDriver.CreatePkce();

        var response = await sandbox.GetAsync(SandboxDriver.AuthorizeQuery(state: "abc") + $"&code_challenge_method=plain&code_challenge={challenge}");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        SandboxDriver.QueryOf(response.Headers.Location!).Should().Contain("error", "invalid_request").And.Contain("state", "abc");
    }

    [Fact]
    public async Task Consent_Agree_RedirectsWithCodeAndStateUnchanged()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var location = await sandbox.ConsentAsync(SandboxDriver.AuthorizeQuery(state: "st4te/+= x"), "jazz-soul", "agree");

        location.GetLeftPart(UriPartial.Path).Should().Be(SandboxDriver.RedirectUri);
        var query = SandboxDriver.QueryOf(location);
        query["code"].Should().NotBeNullOrEmpty();
        query["state"].Should().Be("st4te/+= x");
        query.Should().NotContainKey("error");
        sandbox.State.IssuedSecrets.Should().Contain(query["code"]!);
    }

    [Fact]
    public async Task Consent_Cancel_RedirectsWithAccessDenied()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var location = await sandbox.ConsentAsync(SandboxDriver.AuthorizeQuery(state: "s1"), listenerKey: null, "cancel");

        SandboxDriver.QueryOf(location).Should().BeEquivalentTo(new Dictionary<string, string?> { ["error"] = "access_denied", ["state"] = "s1" });
    }

    [Fact]
    public async Task Consent_WithoutState_OmitsState()
    {
        await using var sandbox = await SandboxDriver.StartAsync();

        var location = await sandbox.ConsentAsync(SandboxDriver.AuthorizeQuery(state: null), "newcomer", "agree");

        SandboxDriver.QueryOf(location).Keys.Should().Equal("code");
    }

    [Fact]
    public async Task Consent_UnknownRequestOrNoListener_Returns400()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var page = new HtmlParser().ParseDocument(await (await sandbox.GetAsync(SandboxDriver.AuthorizeQuery())).Content.ReadAsStringAsync(Ct));
        var requestId = page.QuerySelector("input[name=request_id]")!.GetAttribute("value")!;

        var noListener = await sandbox.Http.PostAsync(
            "/authorize", new FormUrlEncodedContent(new Dictionary<string, string> { ["request_id"] = requestId, ["decision"] = "agree" }), Ct);
        var unknown = await sandbox.Http.PostAsync(
            "/authorize",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["request_id"] = "req_nope", ["decision"] = "agree", ["listener"] = "jazz-soul" }),
            Ct);

        noListener.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Consent_RequestOlderThanItsLifetime_Returns400()
    {
        await using var sandbox = await SandboxDriver.StartAsync();
        var page = new HtmlParser().ParseDocument(await (await sandbox.GetAsync(SandboxDriver.AuthorizeQuery())).Content.ReadAsStringAsync(Ct));
        var requestId = page.QuerySelector("input[name=request_id]")!.GetAttribute("value")!;
        sandbox.Time.Advance(TimeSpan.FromHours(1));

        var response = await sandbox.Http.PostAsync(
            "/authorize",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["request_id"] = requestId, ["decision"] = "agree", ["listener"] = "jazz-soul" }),
            Ct);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
