using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

public sealed partial class RecentControllerTests(LinkedListenersFactory factory) : IClassFixture<LinkedListenersFactory>
{
    private const string RecentlyPlayedPath = "/me/player/recently-played";

    [Fact]
    public async Task Index_Anonymous_RedirectsToLoginWithReturnUrl()
    {
        using var session = factory.NewSession();

        var response = await session.GetAsync("/recent");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/account/login?ReturnUrl=%2Frecent");
    }

    [Fact]
    public async Task Index_SignedInWithoutLink_ShowsLinkFormReturningToRecent()
    {
        using var session = await factory.SignedUpSessionAsync("unlinked");

        var page = await session.GetPageAsync("/recent");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[data-testid=link-required-message]")!.TextContent.Should().Contain("Link your Spotify account");
        page.Form("/spotify/link")!.QuerySelector("input[name=returnUrl]")!.GetAttribute("value").Should().Be("/recent");
    }

    [Fact]
    public async Task Index_ListenerWith50Plays_ShowsThemNewestFirstGroupedByUtcDay()
    {
        var session = await factory.LinkedAsAsync(Listeners.JazzSoul);

        var page = await session.GetPageAsync("/recent");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[data-testid=play-count]")!.TextContent.Should().Be("Your last 50 plays");
        var rows = page.FindAll("li.play");
        rows.Should().HaveCount(50);
        rows.Should().OnlyContain(r => r.QuerySelector(".track-rank") == null, "recent plays have no rank");
        var playedAt = rows.Select(r => DateTimeOffset.Parse(r.QuerySelector("time")!.GetAttribute("datetime")!, CultureInfo.InvariantCulture)).ToArray();
        playedAt.Should().BeInDescendingOrder();
        playedAt.Should().OnlyContain(t => t.Offset == TimeSpan.Zero && t <= factory.Clock.GetUtcNow());

        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var days = page.FindAll("section.recent-day");
        days.Sum(d => d.QuerySelectorAll("li.play").Length).Should().Be(50);
        days.Select(d => d.QuerySelector("h2")!.TextContent).Should().OnlyHaveUniqueItems();
        foreach (var day in days)
        {
            var dates = day.QuerySelectorAll("time").Select(t => DateOnly.FromDateTime(DateTime.Parse(
                t.GetAttribute("datetime")!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal))).Distinct().ToArray();
            dates.Should().ContainSingle("each heading holds the plays of one UTC day");
            day.QuerySelector("h2")!.TextContent.Should().Be(ExpectedHeading(dates[0], today));
        }
    }

    [Fact]
    public async Task Index_EachPlay_ShowsArtTrackRelativeTimeWithExactTimeDurationAndSpotifyLink()
    {
        var session = await factory.LinkedAsAsync(Listeners.JazzSoul);

        var page = await session.GetPageAsync("/recent");

        var rows = page.FindAll("li.play");
        rows.Should().HaveCount(50);
        foreach (var row in rows)
        {
            row.QuerySelector(".track-name")!.TextContent.Should().NotBeNullOrWhiteSpace();
            row.QuerySelector(".track-artists")!.TextContent.Should().Contain(" · ");
            var image = row.QuerySelector("img")!;
            image.GetAttribute("width").Should().Be("64");
            image.GetAttribute("height").Should().Be("64");
            image.GetAttribute("loading").Should().Be("lazy");
            image.GetAttribute("alt").Should().StartWith("Cover of ");
            var time = row.QuerySelector("time")!;
            time.TextContent.Should().MatchRegex(RelativeTime());
            time.GetAttribute("title").Should().MatchRegex(@"^\w+day \d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC$");
            row.QuerySelector(".track-duration")!.TextContent.Should().MatchRegex(@"^\d+:\d{2}$");
            var open = row.QuerySelector("a[target=_blank]")!;
            open.TextContent.Should().StartWith("Open in Spotify");
            open.GetAttribute("href").Should().StartWith("https://open.spotify.com/track/");
            open.GetAttribute("rel").Should().Contain("noopener");
        }

        rows[0].QuerySelector("time")!.TextContent.Should().EndWith("minutes ago", "the newest sandbox play is minutes old");
    }

    [Fact]
    public async Task Index_Linked_OffersRefreshBackToRecentAndBothDownloads()
    {
        var session = await factory.LinkedAsAsync(Listeners.JazzSoul);

        var page = await session.GetPageAsync("/recent");

        page.Find("[data-testid=updated-ago]")!.TextContent.Should().StartWith("Updated ");
        page.Form("/refresh")!.QuerySelector("input[name=returnUrl]")!.GetAttribute("value").Should().Be("/recent");
        page.FindAll("a[download]").Select(a => (a.TextContent, a.GetAttribute("href"))).Should().Equal(
            ("Download CSV", "/recent/export?format=csv"),
            ("Download JSON", "/recent/export?format=json"));
        page.Find("[data-testid=stale-banner]").Should().BeNull();
    }

    [Fact]
    public async Task Index_SecondViewWithinMinutes_ServesTheCachedCopyWithoutCallingSpotify()
    {
        var session = await factory.LinkedAsAsync(Listeners.IndieElectronic);
        var first = await session.GetPageAsync("/recent");
        first.Find("[data-testid=updated-ago]")!.TextContent.Should().Be("Updated just now");
        var callsAfterFirstView = factory.ApiCalls(Listeners.IndieElectronic, RecentlyPlayedPath);

        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var second = await session.GetPageAsync("/recent");

        callsAfterFirstView.Should().Be(1);
        factory.ApiCalls(Listeners.IndieElectronic, RecentlyPlayedPath).Should().Be(1);
        second.Find("[data-testid=updated-ago]")!.TextContent.Should().Be("Updated 3 minutes ago");
        second.FindAll("li.play .track-name").Select(n => n.TextContent)
            .Should().Equal(first.FindAll("li.play .track-name").Select(n => n.TextContent));
    }

    [Fact]
    public async Task Refresh_FromRecent_ReturnsToRecentWhichAsksSpotifyAgain()
    {
        var session = await factory.LinkedAsAsync(Listeners.ClassicalFilm);
        (await session.GetAsync("/recent")).StatusCode.Should().Be(HttpStatusCode.OK);

        var refreshed = await session.SubmitFormAsync("/recent", "/refresh");

        refreshed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refreshed.LocationText().Should().Be("/recent");
        (await session.GetAsync("/recent")).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.ApiCalls(Listeners.ClassicalFilm, RecentlyPlayedPath).Should().Be(2);
    }

    [Fact]
    public async Task Index_NewcomerWithNoPlays_ShowsTheKindEmptyStateAndNoDownloads()
    {
        var session = await factory.LinkedAsAsync(Listeners.Newcomer);

        var page = await session.GetPageAsync("/recent");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.FindAll("li.play").Should().BeEmpty();
        page.Find("[data-testid=empty-recent]")!.TextContent.Should().Contain("no recent plays").And.Contain("come back");
        page.FindAll("a[download]").Should().BeEmpty();
    }

    private static string ExpectedHeading(DateOnly day, DateOnly today) =>
        day == today ? "Today"
        : day == today.AddDays(-1) ? "Yesterday"
        : day.ToString(day.Year == today.Year ? "dddd d MMMM" : "dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(just now|\d+ (minute|hour|day)s? ago)$")]
    private static partial Regex RelativeTime();
}
