using System.Globalization;
using System.Text.RegularExpressions;
using CleanSpotify.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CleanSpotify.E2E.Tests;

/// <summary>
/// The collector as a person meets it: after linking, the history page fills in by itself and keeps growing while
/// they listen, with no visit to any page that reads Spotify. The site runs with short collector intervals
/// (<see cref="KestrelSiteFactory"/>) on real time.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed partial class BackgroundCollectionTests(BrowserSiteFixture site)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task AfterLinking_HistoryFillsInAndGrowsWhileTheListenerListens()
    {
        var listener = Listener.TheoMarsh;
        await using var theo = await site.NewVisitorAsync(new PageAudit(site));
        await theo.OpenAsync("/");
        await theo.NavLink("Sign up").ClickAsync();
        await theo.SignUpAsync("theo-history");
        await theo.LinkAsAsync(listener);

        site.Sandbox.State.SetListeningPace(listener.Key, TimeSpan.FromSeconds(1));
        try
        {
            var first = await WaitForPlayCountAsync(theo, count => count > 0);
            var later = await WaitForPlayCountAsync(theo, count => count > first);

            later.Should().BeGreaterThan(first);
            var newest = await theo.Main.GetByTestId("history-play").First.InnerTextAsync();
            var recentTracks = site.Sandbox.State
                .GetPlays(listener.Key, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow)
                .Select(play => play.TrackName);
            recentTracks.Should().Contain(name => newest.Contains(name, StringComparison.Ordinal));
            await theo.AuditAsync("history-collected");
        }
        finally
        {
            site.Sandbox.State.SetListeningPace(listener.Key, TimeSpan.FromMinutes(5));
        }
    }

    /// <summary>Reloads <c>/history</c> until its play count satisfies <paramref name="condition"/>, or fails after <see cref="Patience"/>.</summary>
    private static async Task<int> WaitForPlayCountAsync(SiteVisitor visitor, Func<int, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            await visitor.OpenAsync("/history");
            await Expect(visitor.Heading(new Regex("history", RegexOptions.IgnoreCase))).ToBeVisibleAsync();
            var counter = visitor.Main.GetByTestId("play-count");
            var count = await counter.CountAsync() == 0 ? 0 : ParseCount(await counter.InnerTextAsync());
            if (condition(count))
            {
                return count;
            }

            DateTimeOffset.UtcNow.Should().BeBefore(deadline, "the collector should have stored new plays by now (last count {0})", count);
            await visitor.Page.WaitForTimeoutAsync(1_000);
        }
    }

    private static int ParseCount(string text) =>
        int.Parse(LeadingNumber().Match(text).Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*[\d,]+")]
    private static partial Regex LeadingNumber();
}
