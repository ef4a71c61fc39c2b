using System.Net;
using System.Web;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// A link made before the site asked for <c>playlist-modify-private</c>: saving a playlist sends the user through
/// Spotify's consent again and back to a confirmation page, where they finish.
/// </summary>
public sealed class SavePlaylistScopeUpgradeTests(WithheldScopeFactory factory) : IClassFixture<WithheldScopeFactory>
{
    [Fact]
    public async Task Save_LinkWithoutPlaylistPermission_AsksSpotifyAgainThenFinishesOnTheConfirmationPage()
    {
        using var session = await factory.SignedUpSessionAsync("upgrade");
        factory.Withhold = true;
        await session.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
        factory.Withhold = false;
        (await session.GetPageAsync("/spotify")).FindAll("[data-testid=granted-scopes] code").Select(c => c.TextContent)
            .Should().NotContain(WithheldScopeFactory.WithheldScope);

        var save = await session.SubmitFormAsync("/top/tracks?range=short_term", "/playlists", new Dictionary<string, string?> { ["Count"] = "all" });

        save.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var consentUri = save.Headers.Location!;
        consentUri.GetLeftPart(UriPartial.Path).Should().Be(new Uri(factory.Sandbox.AccountsBaseUrl, "authorize").AbsoluteUri);
        HttpUtility.ParseQueryString(consentUri.Query)["scope"]!.Split(' ').Should().Contain(WithheldScopeFactory.WithheldScope);
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
    }
}
