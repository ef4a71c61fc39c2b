using System.Text.RegularExpressions;
using CleanSpotify.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CleanSpotify.E2E.Tests;

/// <summary>Saying "Cancel" on Spotify's consent page.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class LinkCancelledTests(BrowserSiteFixture site)
{
    [Fact]
    public async Task Consent_Cancelled_ShowsNothingWasLinkedAndLeavesTheAccountUnlinked()
    {
        var audit = new PageAudit(site);
        await using var visitor = await site.NewVisitorAsync(audit);

        await visitor.SignUpAsync("cancel");
        await visitor.StartLinkingAsync();
        await visitor.Button("Cancel").ClickAsync();

        await Expect(visitor.Page).ToHaveURLAsync(new Regex("^" + Regex.Escape(visitor.Url("/spotify/callback?"))));
        await Expect(visitor.Heading("Nothing was linked")).ToBeVisibleAsync();
        await Expect(visitor.Button("Start linking again")).ToBeVisibleAsync();
        await Expect(visitor.Link("Home")).ToBeVisibleAsync();
        await visitor.AuditAsync("link-cancelled");

        await visitor.OpenAccountPageAsync("account-unlinked");
        await Expect(visitor.Main.GetByText("Not linked", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(visitor.Button("Link Spotify")).ToBeVisibleAsync();

        audit.ShouldHaveFoundNoProblems();
    }
}
