using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// The link flow: <c>POST /spotify/link</c>, the sandbox's consent page, and <c>GET /spotify/callback</c>.
/// Each test links a different sandbox listener, as one Spotify account can belong to only one user.
/// </summary>
public sealed class SpotifyControllerTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    private const string CodeGrant = "authorization_code";

    private int CodeExchanges => factory.Sandbox.State.CountTokenRequests(CodeGrant);

    [Fact]
    public async Task Link_Anonymous_IsNotAccepted()
    {
        using var session = factory.NewSession();
        var login = await session.GetPageAsync("/account/login");
        var token = login.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        var response = await session.Client.PostAsync(new Uri("/spotify/link", UriKind.Relative), form, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).Should().NotBeInRange(200, 299);
        response.Headers.Location?.ToString().Should().NotContain("/authorize");
    }

    [Fact]
    public async Task Link_SignedIn_RedirectsToSpotifyAuthorizeWithStateAndPkce()
    {
        using var session = await factory.SignedUpSessionAsync();

        var response = await session.PostLinkFormAsync();

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).Should().Be(factory.Sandbox.AccountsBaseUrl.ToString().TrimEnd('/') + "/authorize");
        var query = QueryHelpers.ParseQuery(location.Query);
        query["response_type"].ToString().Should().Be("code");
        query["client_id"].ToString().Should().Be("cleanspotify-sandbox");
        query["redirect_uri"].ToString().Should().Be(CleanSpotifyWebApplicationFactory.RedirectUri);
        query["state"].ToString().Should().HaveLength(43).And.MatchRegex("^[A-Za-z0-9_-]+$");
        query["code_challenge_method"].ToString().Should().Be("S256");
        query["code_challenge"].ToString().Should().HaveLength(43);
        query["scope"].ToString().Split(' ').Should().Contain("user-top-read");
        query.Keys.Should().NotContain("code_verifier");
        location.Query.Should().NotContain("verifier");
    }

    [Fact]
    public async Task Link_Twice_UsesAFreshStateEachTime()
    {
        using var session = await factory.SignedUpSessionAsync();

        var first = QueryHelpers.ParseQuery((await session.BeginLinkAsync()).Query);
        var second = QueryHelpers.ParseQuery((await session.BeginLinkAsync()).Query);

        second["state"].ToString().Should().NotBe(first["state"].ToString());
        second["code_challenge"].ToString().Should().NotBe(first["code_challenge"].ToString());
    }

    [Fact]
    public async Task Callback_AfterConsent_LinksAndRedirectsToTopTracks()
    {
        using var session = await factory.SignedUpSessionAsync("full-path");
        var callback = await session.ConsentAsync(await session.BeginLinkAsync(), Listeners.JazzSoul);
        var exchangesBefore = CodeExchanges;

        var response = await session.CallbackAsync(callback);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/top/tracks");
        CodeExchanges.Should().Be(exchangesBefore + 1);
        var page = await session.GetPageAsync("/top/tracks");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[role=status].alert-success")!.TextContent.Should().Contain("Linked to Spotify as Nina Hollis");
        page.Find("li.track .track-rank")!.TextContent.Trim().Should().Be("1");
        page.Find("li.track .track-name")!.TextContent.Trim().Should()
            .Be((await factory.SandboxTopTrackNamesAsync(Listeners.JazzSoul, "medium_term", 0))[0]);
        var status = await session.GetPageAsync("/spotify");
        status.Find("[data-testid=link-health]")!.TextContent.Should().Be("Linked");
        status.Text.Should().Contain("Nina Hollis");
    }

    [Fact]
    public async Task Callback_FromLinkRequiredPage_ReturnsToThatPage()
    {
        using var session = await factory.SignedUpSessionAsync("return");

        var response = await session.LinkAsAsync(Listeners.Newcomer, "/top/tracks?range=long_term");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/top/tracks?range=long_term");
    }

    [Fact]
    public async Task Callback_ForgedState_Returns400WithStartAgainFormAndNoTokenRequest()
    {
        using var session = await factory.SignedUpSessionAsync("forged");
        var callback = await session.ConsentAsync(await session.BeginLinkAsync(), Listeners.Newcomer);
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
        var exchangesBefore = CodeExchanges;

        var page = await HtmlPage.ParseAsync(
            await session.GetAsync($"/spotify/callback?code={Uri.EscapeDataString(code)}&state=forged-{Guid.NewGuid():N}"),
            TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("start linking again");
        page.Form("/spotify/link")!.QuerySelector("button")!.TextContent.Should().Be("Start linking again");
        CodeExchanges.Should().Be(exchangesBefore, "a forged state must be rejected before any token request");
    }

    [Fact]
    public async Task Callback_Replayed_SecondIs400WithoutAnotherTokenRequest()
    {
        using var session = await factory.SignedUpSessionAsync("replay");
        var callback = await session.ConsentAsync(await session.BeginLinkAsync(), Listeners.IndieElectronic);
        (await session.CallbackAsync(callback)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var exchangesAfterFirst = CodeExchanges;

        var replay = await HtmlPage.ParseAsync(await session.CallbackAsync(callback), TestContext.Current.CancellationToken);

        replay.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        replay.Form("/spotify/link").Should().NotBeNull();
        CodeExchanges.Should().Be(exchangesAfterFirst);
        (await session.GetAsync("/top/tracks")).StatusCode.Should().Be(HttpStatusCode.OK, "the first callback's link still stands");
    }

    [Fact]
    public async Task Callback_AnotherUsersState_Returns400AndLeavesTheirRequestUsable()
    {
        using var owner = await factory.SignedUpSessionAsync("owner");
        using var intruder = await factory.SignedUpSessionAsync("intruder");
        var callback = await owner.ConsentAsync(await owner.BeginLinkAsync(), Listeners.ClassicalFilm);
        var exchangesBefore = CodeExchanges;

        var stolen = await intruder.CallbackAsync(callback);

        stolen.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        CodeExchanges.Should().Be(exchangesBefore, "the intruder's callback must not reach the token endpoint");
        (await intruder.GetPageAsync("/spotify")).Find("[data-testid=link-health]")!.TextContent.Should().Be("Not linked");
        var own = await owner.CallbackAsync(callback);
        own.StatusCode.Should().Be(HttpStatusCode.Redirect);
        own.LocationText().Should().Be("/top/tracks");
        (await owner.GetPageAsync("/spotify")).Text.Should().Contain(factory.Listener(Listeners.ClassicalFilm).DisplayName);
    }

    [Theory]
    [InlineData("/spotify/callback?code=some-code")]
    [InlineData("/spotify/callback?code=some-code&state=")]
    [InlineData("/spotify/callback")]
    public async Task Callback_WithoutState_Returns400(string pathAndQuery)
    {
        using var session = await factory.SignedUpSessionAsync("no-state");
        var exchangesBefore = CodeExchanges;

        var page = await session.GetPageAsync(pathAndQuery);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Text.Should().Contain("start linking again");
        CodeExchanges.Should().Be(exchangesBefore);
    }

    [Fact]
    public async Task Callback_ConsentDenied_ShowsFriendlyPageWithLinkForm()
    {
        using var session = await factory.SignedUpSessionAsync("denied");
        var callback = await session.ConsentAsync(await session.BeginLinkAsync(), Listeners.JazzSoul, "cancel");
        QueryHelpers.ParseQuery(callback.Query)["error"].ToString().Should().Be("access_denied");
        var exchangesBefore = CodeExchanges;

        var page = await HtmlPage.ParseAsync(await session.CallbackAsync(callback), TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("h1")!.TextContent.Should().Be("Nothing was linked");
        page.Text.Should().Contain("nothing was linked");
        page.Form("/spotify/link").Should().NotBeNull();
        CodeExchanges.Should().Be(exchangesBefore);
        (await session.GetPageAsync("/spotify")).Find("[data-testid=link-health]")!.TextContent.Should().Be("Not linked");
    }

    [Fact]
    public async Task Callback_Anonymous_Returns401AskingToSignInWithoutRedirect()
    {
        using var session = factory.NewSession();

        var page = await session.GetPageAsync("/spotify/callback?code=secret-code&state=some-state");

        page.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        page.Response.Headers.Location.Should().BeNull("a sign-in redirect would carry the code along in its return URL");
        page.Find("h1")!.TextContent.Should().Be("Please sign in");
        page.Find("a[href='/account/login']").Should().NotBeNull();
        page.Html.Should().NotContain("secret-code");
    }

    [Fact]
    public async Task Callback_SpotifyAccountLinkedToAnotherUser_Returns409AndKeepsTheFirstLink()
    {
        using var first = await factory.SignedUpSessionAsync("first");
        using var second = await factory.SignedUpSessionAsync("second");
        await first.LinkSuccessfullyAsAsync(Listeners.HipHopRnb);

        var page = await HtmlPage.ParseAsync(await second.LinkAsAsync(Listeners.HipHopRnb), TestContext.Current.CancellationToken);

        page.StatusCode.Should().Be(HttpStatusCode.Conflict);
        page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("already linked to another CleanSpotify user");
        (await second.GetPageAsync("/spotify")).Find("[data-testid=link-health]")!.TextContent.Should().Be("Not linked");
        var tracks = await first.GetPageAsync("/top/tracks");
        tracks.StatusCode.Should().Be(HttpStatusCode.OK);
        tracks.FindAll("li.track").Should().NotBeEmpty();
    }
}
