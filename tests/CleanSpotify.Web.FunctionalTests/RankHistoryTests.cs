using System.Globalization;
using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// Rank history through the site: a snapshot per day, movement badges against the previous day, and the per-item
/// history page. The sandbox's lists do not change from day to day, so every item holds its place.
/// </summary>
public sealed class RankHistoryTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    [Fact]
    public async Task Tracks_SecondDay_ShowsSamePlaceBadgesAndAHistoryOfTwoDays()
    {
        using var session = await factory.SignedUpSessionAsync("history");
        await session.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
        var firstDay = factory.Clock.GetUtcNow();

        var dayOne = await session.GetPageAsync("/top/tracks?range=short_term");
        dayOne.FindAll("li.track .movement").Should().BeEmpty("there is nothing to compare with on the first day");
        await factory.SnapshotsWrittenAsync();

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await session.SubmitFormAsync("/top/tracks?range=short_term", "/refresh");
        var dayTwo = await session.GetPageAsync("/top/tracks?range=short_term");

        dayTwo.StatusCode.Should().Be(HttpStatusCode.OK);
        var badges = dayTwo.FindAll("li.track .movement");
        badges.Should().HaveCount(23);
        badges.Should().OnlyContain(b => b.ClassList.Contains("movement-same"));

        var historyLink = dayTwo.Find("li.track a[href^='/top/history']")!.GetAttribute("href")!;
        var history = await session.GetPageAsync(historyLink);

        history.StatusCode.Should().Be(HttpStatusCode.OK);
        var firstName = dayTwo.Find("li.track .track-name")!.TextContent.Trim();
        history.Find("h1")!.TextContent.Should().Contain(firstName).And.Contain("last 4 weeks");
        history.FindAll("[data-testid=history-table] tbody tr")
            .Select(r => (r.Children[0].TextContent, r.Children[1].TextContent))
            .Should().Equal(
                (firstDay.AddDays(1).UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), "#1"),
                (firstDay.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), "#1"));
    }

    [Fact]
    public async Task History_ItemNeverSeen_Returns404WithAnExplanation()
    {
        using var session = await factory.SignedUpSessionAsync("nohistory");
        await session.LinkSuccessfullyAsAsync(Listeners.IndieElectronic);

        var page = await session.GetPageAsync("/top/history?list=artists&range=long_term&id=abc123");

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("no history");
    }

    [Theory]
    [InlineData("/top/history?list=playlists&range=long_term&id=abc123", "The list must be tracks or artists.")]
    [InlineData("/top/history?list=tracks&range=weekly&id=abc123", "The range must be short_term")]
    [InlineData("/top/history?list=tracks&range=long_term&id=../x", "That is not a Spotify id.")]
    public async Task History_ValueThatDoesNotBindOrValidate_Returns400WithTheRule(string path, string message)
    {
        using var session = await factory.SignedUpSessionAsync("badhistory");

        var page = await session.GetPageAsync(path);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain(message);
    }
}
