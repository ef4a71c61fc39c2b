using System.Text.RegularExpressions;
using CleanSpotify.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CleanSpotify.E2E.Tests;

/// <summary>A link Spotify no longer accepts (the app was removed there): the site asks to reconnect, and reconnecting works.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ReconnectTests(BrowserSiteFixture site)
{
    private const string UncachedPage = "/top/tracks?range=long_term";

    [Fact]
    public async Task TopTracks_RevokedLink_OffersReconnectAndReconnectingShowsTracksAgain()
    {
        var audit = new PageAudit(site);
        var listener = Listener.ClaraVance;
        await using var clara = await site.NewVisitorAsync(audit);
        await clara.SignUpAsync("clara");
        await clara.LinkAsAsync(listener);
        await clara.ExpectToSeeAsync((await site.SandboxTopTrackNamesAsync(listener, "medium_term")).Take(3));

        site.Sandbox.State.Faults.RevokeRefreshTokens(listener.Key);
        site.Sandbox.State.Faults.ExpireAccessTokens(listener.Key);
        await clara.OpenAsync(UncachedPage);

        await Expect(clara.Heading("Reconnect Spotify")).ToBeVisibleAsync();
        await Expect(clara.Main.GetByText(new Regex("no longer accepts this link"))).ToBeVisibleAsync();
        await Expect(clara.Button("Reconnect Spotify")).ToBeVisibleAsync();
        await clara.AuditAsync("reconnect");

        await clara.OpenAccountPageAsync("account-needs-reconnecting");
        await Expect(clara.Main.GetByText("Needs reconnecting", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(clara.Button("Reconnect Spotify")).ToBeVisibleAsync();

        await clara.OpenAsync(UncachedPage);
        await clara.Button("Reconnect Spotify").ClickAsync();
        await clara.AgreeAsAsync(listener);

        await clara.ExpectLinkedAsync(listener, UncachedPage);
        await Expect(clara.Heading(new Regex("Your top tracks.*last year", RegexOptions.IgnoreCase))).ToBeVisibleAsync();
        await clara.ExpectToSeeAsync((await site.SandboxTopTrackNamesAsync(listener, "long_term")).Take(3));
        await clara.ExpectImagesLoadedAsync(atMost: 1);
        await clara.OpenAccountPageAsync("account");
        await Expect(clara.Main.GetByText("Linked", new() { Exact = true })).ToBeVisibleAsync();

        audit.ShouldHaveFoundNoProblems();
    }
}
