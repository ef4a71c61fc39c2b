using System.Text.RegularExpressions;
using CleanSpotify.E2E.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CleanSpotify.E2E.Tests;

/// <summary>The main journey, as one person: sign up, link Spotify, look around, save a playlist, unlink and relink.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ListeningJourneyTests(BrowserSiteFixture site)
{
    [Fact]
    public async Task Journey_SignUpLinkBrowseSaveUnlinkAndRelink_ShowsOwnListeningAtEveryStep()
    {
        var audit = new PageAudit(site);
        var listener = Listener.NinaHollis;
        await using var nina = await site.NewVisitorAsync(audit);
        var page = nina.Page;

        // Signed out, the home page explains the site and offers to sign up.
        await nina.OpenAsync("/");
        await Expect(nina.Heading("Your listening, clearly.")).ToBeVisibleAsync();
        await nina.AuditAsync("home");
        await nina.NavLink("Sign up").ClickAsync();
        await nina.SignUpAsync("nina");
        await Expect(nina.Main.GetByRole(AriaRole.Button, new() { Name = "Link Spotify", Exact = true })).ToBeVisibleAsync();
        await nina.AuditAsync("home-signed-in");

        // Link through Spotify's consent page.
        await nina.LinkAsAsync(listener);

        // Top tracks: the default range, then another range, then the second page.
        await Expect(nina.Heading(new Regex("Your top tracks.*last 6 months", RegexOptions.IgnoreCase))).ToBeVisibleAsync();
        await Expect(nina.Link("Last 6 months")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(nina.Main.GetByText("Page 1 of 2")).ToBeVisibleAsync();
        await nina.ExpectToSeeAsync((await site.SandboxTopTrackNamesAsync(listener, "medium_term")).Take(5));
        await nina.ExpectImagesLoadedAsync();
        await nina.AuditAsync("top-tracks");

        await nina.Link("Last 4 weeks").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/top/tracks\\?range=short_term"));
        await Expect(nina.Heading(new Regex("Your top tracks.*last 4 weeks", RegexOptions.IgnoreCase))).ToBeVisibleAsync();
        await Expect(nina.Link("Last 4 weeks")).ToHaveAttributeAsync("aria-current", "page");
        await nina.ExpectToSeeAsync((await site.SandboxTopTrackNamesAsync(listener, "short_term")).Take(5));
        await nina.ExpectImagesLoadedAsync(atMost: 1);
        await nina.AuditAsync("top-tracks");

        await nina.Link("Last 6 months").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/top/tracks\\?range=medium_term"));
        await nina.Link("Next page").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/top/tracks\\?range=medium_term&page=2$"));
        await Expect(nina.Main.GetByText("Page 2 of 2")).ToBeVisibleAsync();
        await Expect(nina.Link("Previous page")).ToBeVisibleAsync();
        await Expect(nina.Link("Next page")).ToHaveCountAsync(0);
        await nina.ExpectImagesLoadedAsync(atMost: 1);
        await nina.AuditAsync("top-tracks");

        // One track's rank history, and back.
        await nina.Main.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^History") }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/top/history\\?list=tracks&range=medium_term&id="));
        await Expect(nina.Heading(new Regex("in your top tracks, last 6 months$"))).ToBeVisibleAsync();
        await Expect(nina.Main.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        await nina.AuditAsync("history");
        await nina.Link("Back to your top tracks").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/top/tracks\\?range=medium_term$"));

        // Top artists and recently played, from the header.
        await nina.NavLink("Artists").ClickAsync();
        await Expect(page).ToHaveURLAsync(nina.Url("/top/artists"));
        await Expect(nina.Heading(new Regex("Your top artists", RegexOptions.IgnoreCase))).ToBeVisibleAsync();
        await Expect(nina.Main.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^History") }).First).ToBeVisibleAsync();
        await nina.ExpectImagesLoadedAsync();
        await nina.AuditAsync("top-artists");

        await nina.NavLink("Recent").ClickAsync();
        await Expect(page).ToHaveURLAsync(nina.Url("/recent"));
        await Expect(nina.Heading("Recently played")).ToBeVisibleAsync();
        await Expect(nina.Main.GetByText(new Regex("^Your last \\d+ plays$"))).ToBeVisibleAsync();
        await nina.ExpectImagesLoadedAsync();
        await nina.AuditAsync("recent");

        // Save this page of top tracks as a playlist.
        await nina.NavLink("Tracks").ClickAsync();
        await Expect(page).ToHaveURLAsync(nina.Url("/top/tracks"));
        await nina.Main.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^This page") }).CheckAsync();
        await nina.Button("Save as playlist").ClickAsync();

        // The first playlist is when the site asks Spotify for that permission, then the user confirms.
        await nina.AgreeAsAsync(listener);
        await Expect(page).ToHaveURLAsync(new Regex("/playlists/new\\?range=medium_term&count=page&page=1$"));
        await nina.Button("Create the playlist").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/playlists/[0-9a-f-]{36}$"));
        await Expect(nina.Heading("Playlist saved")).ToBeVisibleAsync();
        var playlist = site.Sandbox.State.GetPlaylists(listener.Key).Should().ContainSingle().Subject;
        playlist.ItemUris.Should().HaveCount(50, "the first page of top tracks holds 50 tracks");
        await Expect(nina.Main.GetByText(playlist.Name, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(nina.Link("Open in Spotify")).ToHaveAttributeAsync("href", $"https://open.spotify.com/playlist/{playlist.Id}");
        await nina.AuditAsync("playlist");

        // The account page: who is linked, then unlink and link again.
        await nina.OpenAccountPageAsync("account");
        await Expect(nina.Main.GetByText("Linked", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(nina.Main.GetByText(listener.DisplayName, new() { Exact = true }).First).ToBeVisibleAsync();
        await Expect(nina.Button("Reconnect Spotify")).ToBeVisibleAsync();
        await nina.ExpectImagesLoadedAsync(atMost: 1);

        await nina.Main.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Unlink") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(nina.Url("/spotify"));
        await Expect(page.GetByText($"Unlinked Spotify ({listener.DisplayName})")).ToBeVisibleAsync();
        await Expect(nina.Main.GetByText("Not linked", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(nina.Button("Link Spotify")).ToBeVisibleAsync();
        await Expect(nina.Main.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Unlink") })).ToHaveCountAsync(0);
        await nina.AuditAsync("account-unlinked");

        await nina.LinkAsAsync(listener);
        await nina.ExpectToSeeAsync((await site.SandboxTopTrackNamesAsync(listener, "medium_term")).Take(5));

        audit.ShouldHaveFoundNoProblems();
    }
}
