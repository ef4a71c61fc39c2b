using System.Net;
using System.Web;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// Least privilege: a first link asks only for what every page needs; saving a playlist is when the site asks for
/// <c>playlist-modify-private</c>, through Spotify's consent and back to a confirmation page; a later reconnect keeps it.
/// </summary>
public sealed class SavePlaylistScopeUpgradeTests(CleanSpotifyWebApplicationFactory factory) : IClassFixture<CleanSpotifyWebApplicationFactory>
{
    private const string PlaylistScope = "playlist-modify-private";

    [Fact]
    public async Task Link_FirstConsent_AsksOnlyForTopAndRecentlyPlayed()
    {
        using var session = await factory.SignedUpSessionAsync("least");

        var consentUri = await session.BeginLinkAsync();

        HttpUtility.ParseQueryString(consentUri.Query)["scope"]!.Split(' ')
            .Should().BeEquivalentTo("user-top-read", "user-read-recently-played");
    }

    [Fact]
    public async Task Save_LinkWithoutPlaylistPermission_AsksSpotifyAgainThenFinishesOnTheConfirmationPage()
    {
        using var session = await factory.SignedUpSessionAsync("upgrade");
        await session.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
        (await session.GetPageAsync("/spotify")).FindAll("[data-testid=granted-scopes] code").Select(c => c.TextContent)
            .Should().BeEquivalentTo("user-top-read", "user-read-recently-played");

        var save = await session.SubmitFormAsync("/top/tracks?range=short_term", "/playlists", new Dictionary<string, string?> { ["Count"] = "all" });

        save.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var consentUri = save.Headers.Location!;
        consentUri.GetLeftPart(UriPartial.Path).Should().Be(new Uri(factory.Sandbox.AccountsBaseUrl, "authorize").AbsoluteUri);
        HttpUtility.ParseQueryString(consentUri.Query)["scope"]!.Split(' ')
            .Should().BeEquivalentTo("user-top-read", "user-read-recently-played", PlaylistScope);
        factory.Sandbox.State.GetPlaylists(Listeners.JazzSoul).Should().BeEmpty("nothing is created before the user agrees");

        var back = await session.CallbackAsync(await session.ConsentAsync(consentUri, Listeners.JazzSoul));

        back.StatusCode.Should().Be(HttpStatusCode.Redirect);
        back.LocationText().Should().Be("/playlists/new?range=short_term&count=all&page=1");
        var confirm = await session.GetPageAsync(back.LocationText()!);
        confirm.StatusCode.Should().Be(HttpStatusCode.OK);
        confirm.Find("[data-testid=draft-summary]")!.TextContent.Should().Contain("all your top tracks").And.Contain("last 4 weeks");
        confirm.Find("[data-testid=draft-permission]").Should().BeNull("the link now has the permission");

        var finish = await session.SubmitFormAsync(confirm.Form("/playlists")!);

        finish.StatusCode.Should().Be(HttpStatusCode.Redirect);
        finish.LocationText().Should().StartWith("/playlists/");
        var playlist = factory.Sandbox.State.GetPlaylists(Listeners.JazzSoul).Should().ContainSingle().Subject;
        playlist.IsPublic.Should().BeFalse();
        playlist.ItemUris.Should().HaveCount(23);
        (await session.GetPageAsync(finish.LocationText()!)).Find("[data-testid=playlist-track-count]")!.TextContent.Should().Be("23");

        var reconnectUri = await session.BeginLinkAsync();

        HttpUtility.ParseQueryString(reconnectUri.Query)["scope"]!.Split(' ')
            .Should().Contain(PlaylistScope, "a reconnect must not take back a permission the user gave");
    }
}
