using CleanSpotify.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CleanSpotify.E2E.Tests;

/// <summary>Two people in two browsers at the same time, linked to different Spotify accounts.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ConcurrentUsersTests(BrowserSiteFixture site)
{
    [Fact]
    public async Task TopTracksAndAccount_TwoUsersAtOnce_EachSeesOnlyTheirOwnData()
    {
        var audit = new PageAudit(site);
        await using var theo = await site.NewVisitorAsync(audit);
        await using var jaylen = await site.NewVisitorAsync(audit);

        await Task.WhenAll(SignUpAndLinkAsync(theo, "theo", Listener.TheoMarsh), SignUpAndLinkAsync(jaylen, "jaylen", Listener.JaylenBrooks));
        var theoTracks = (await site.SandboxTopTrackNamesAsync(Listener.TheoMarsh, "medium_term")).Take(5).ToArray();
        var jaylenTracks = (await site.SandboxTopTrackNamesAsync(Listener.JaylenBrooks, "medium_term")).Take(5).ToArray();
        theoTracks.Should().NotBeEmpty().And.NotIntersectWith(jaylenTracks, "the two listeners must be told apart");

        await Task.WhenAll(
            BrowseAsync(theo, Listener.TheoMarsh, theoTracks, Listener.JaylenBrooks, jaylenTracks),
            BrowseAsync(jaylen, Listener.JaylenBrooks, jaylenTracks, Listener.TheoMarsh, theoTracks));

        audit.ShouldHaveFoundNoProblems();
    }

    private static async Task SignUpAndLinkAsync(SiteVisitor visitor, string prefix, Listener listener)
    {
        await visitor.SignUpAsync(prefix);
        await visitor.LinkAsAsync(listener);
    }

    private static async Task BrowseAsync(SiteVisitor visitor, Listener own, string[] ownTracks, Listener other, string[] otherTracks)
    {
        for (var round = 0; round < 2; round++)
        {
            await visitor.OpenAsync("/top/tracks?range=medium_term");
            await visitor.ExpectToSeeAsync(ownTracks);
            await visitor.ExpectNotToSeeAsync(otherTracks);

            await visitor.OpenAsync("/spotify");
            await Expect(visitor.Main.GetByText(own.DisplayName, new() { Exact = true }).First).ToBeVisibleAsync();
            await visitor.ExpectNotToSeeAsync([other.DisplayName]);
        }
    }
}
