using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>The account page <c>GET /spotify</c>: profile, link health, permissions, and the reconnect and unlink forms.</summary>
public sealed class AccountPageTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    private static readonly string[] DefaultScopes = ["user-top-read", "user-read-recently-played"];

    [Fact]
    public async Task Account_Linked_ShowsProfileNameImageLinkScopesHealthAndBothForms()
    {
        using var session = await factory.SignedUpSessionAsync("account");
        await session.LinkSuccessfullyAsAsync(Listeners.JazzSoul);

        var page = await session.GetPageAsync("/spotify");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[data-testid=profile-name]")!.TextContent.Should().Be("Nina Hollis");
        var image = new Uri(page.Find("[data-testid=profile-image]")!.GetAttribute("src")!);
        image.AbsolutePath.Should().Be("/images/user/ninahollis.svg");
        image.GetLeftPart(UriPartial.Authority).Should().Be(factory.Sandbox.AccountsBaseUrl.GetLeftPart(UriPartial.Authority));
        page.Find("[data-testid=profile-link]")!.GetAttribute("href").Should().Be("https://open.spotify.com/user/ninahollis");
        page.Find("[data-testid=link-health]")!.TextContent.Should().Be("Linked");
        page.Find("[data-testid=linked-since]")!.TextContent.Should().Be(DateTime.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
        page.FindAll("[data-testid=granted-scopes] code").Select(c => c.TextContent).Should().BeEquivalentTo(DefaultScopes);
        page.Form("/spotify/link")!.QuerySelector("button")!.TextContent.Should().Be("Reconnect Spotify");
        page.Form("/spotify/unlink").Should().NotBeNull();
    }

    [Fact]
    public async Task Account_SecondVisit_ServesTheProfileFromTheCache()
    {
        using var session = await factory.SignedUpSessionAsync("cached");
        await session.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);
        (await session.GetPageAsync("/spotify")).Find("[data-testid=profile-name]").Should().NotBeNull();
        var profileReads = ProfileReads(Listeners.IndieElectronic);

        var again = await session.GetPageAsync("/spotify");

        again.Find("[data-testid=profile-name]").Should().NotBeNull();
        ProfileReads(Listeners.IndieElectronic).Should().Be(profileReads, "the profile is read through the per-user cache");
    }

    [Fact]
    public async Task Account_SpotifyFailing_ShowsLinkHealthWithoutProfileAndNoError()
    {
        using var session = await factory.SignedUpSessionAsync("failing");
        await session.LinkSuccessfullyAsAsync(Listeners.ClassicalFilm);
        factory.Sandbox.State.Faults.ServerErrors(503, 20, Listeners.ClassicalFilm);

        var page = await session.GetPageAsync("/spotify");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[data-testid=spotify-profile]").Should().BeNull();
        page.Find("[data-testid=link-health]")!.TextContent.Should().Be("Linked");
        page.Form("/spotify/unlink").Should().NotBeNull();
        factory.Sandbox.State.ApiCalls.Should().Contain(c => c.ListenerKey == Listeners.ClassicalFilm && c.Path.EndsWith("/me", StringComparison.Ordinal) && c.StatusCode == 503);
    }

    [Fact]
    public async Task Account_NotLinked_ExplainsAndOffersOnlyTheLinkForm()
    {
        using var session = await factory.SignedUpSessionAsync("fresh");

        var page = await session.GetPageAsync("/spotify");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[data-testid=link-health]")!.TextContent.Should().Be("Not linked");
        page.Find("[data-testid=not-linked-explanation]")!.TextContent.Should().Contain("link your Spotify account");
        page.Form("/spotify/link")!.QuerySelector("button")!.TextContent.Should().Be("Link Spotify");
        page.Form("/spotify/unlink").Should().BeNull();
        page.Find("[data-testid=spotify-profile]").Should().BeNull();
    }

    [Fact]
    public async Task Account_Anonymous_RedirectsToSignIn()
    {
        using var session = factory.NewSession();

        var response = await session.GetAsync("/spotify");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().StartWith("/account/login");
    }

    private int ProfileReads(string listener) =>
        factory.Sandbox.State.ApiCalls.Count(c => c.ListenerKey == listener && c.Method == "GET" && c.Path.EndsWith("/me", StringComparison.Ordinal));
}
