using System.Net;
using System.Text;
using System.Text.Json;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// <c>/history</c>, <c>/stats</c>, <c>/history/export</c> and the time-zone form, on plays stored straight into the
/// database (the collector is not needed to read them). The site's clock stands at <see cref="ListeningFactory.Now"/>.
/// </summary>
public sealed class ListeningHistoryTests(ListeningFactory factory) : IClassFixture<ListeningFactory>
{
    private const string Cover = "https://i.scdn.co/image/ab67616d0000b273kindofblue";

    /// <summary>Two plays of one morning (one of them under 30 s), a late one at 23:30 UTC, and a gap in between.</summary>
    private static readonly SeedPlay[] Plays =
    [
        new("2027-01-19T08:00:00Z", "track1", "So What", ["Miles Davis"], "Kind of Blue", 545_000, ImageUrl: Cover),
        new("2027-01-19T08:05:00Z", "track2", "Blue in Green", ["Miles Davis", "Bill Evans"], "Kind of Blue", 20_000, Estimated: false, Source: "Extended"),
        new("2027-01-19T23:30:00Z", "track1", "So What", ["Miles Davis"], "Kind of Blue", 545_000, ImageUrl: Cover),
    ];

    private static readonly string[] ExportFields =
        ["played_at", "track_id", "track_name", "artist_names", "album_name", "ms_played", "ms_played_estimated", "source"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/history", "/account/login?ReturnUrl=%2Fhistory")]
    [InlineData("/stats", "/account/login?ReturnUrl=%2Fstats")]
    [InlineData("/history/export?format=csv", "/account/login?ReturnUrl=%2Fhistory%2Fexport%3Fformat%3Dcsv")]
    public async Task Pages_SignedOut_RedirectToSignIn(string path, string location)
    {
        using var session = factory.NewSession();

        var response = await session.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be(location);
    }

    [Theory]
    [InlineData("/history?from=2027-02-30", "Dates must be real days written as YYYY-MM-DD")]
    [InlineData("/history?to=19-01-2027", "Dates must be real days written as YYYY-MM-DD")]
    [InlineData("/history?from=2027-01-20&to=2027-01-19", "The start date (from) must not be after the end date (to).")]
    [InlineData("/history?page=0", "The page must be a whole number from 1 to 100000.")]
    [InlineData("/history?page=two", "The page must be a whole number from 1 to 100000.")]
    [InlineData("/history?from=1999-12-31", "Dates must be between 2000-01-01 and 2999-12-31.")]
    [InlineData("/stats?from=yesterday", "Dates must be real days written as YYYY-MM-DD")]
    [InlineData("/stats?from=2027-01-20&to=2027-01-01", "The start date (from) must not be after the end date (to).")]
    [InlineData("/history/export?format=xml", "The format must be csv or json.")]
    [InlineData("/history/export?format=csv&to=2027-13-01", "Dates must be real days written as YYYY-MM-DD")]
    public async Task Pages_BadInput_Return400WithTheRule(string path, string message)
    {
        using var session = await factory.SignedUpSessionAsync("badperiod");

        var page = await session.GetPageAsync(path);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain(message);
    }

    [Fact]
    public async Task History_NoPlaysYet_ExplainsThatCollectionRunsInTheBackground()
    {
        using var session = await factory.SignedUpSessionAsync("nohistory");

        var page = await session.GetPageAsync("/history");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[data-testid=empty-history]")!.TextContent.Should().Contain("collects your plays in the background");
        page.FindAll("[data-testid=history-play]").Should().BeEmpty();
        page.Find("nav.site-nav a[href='/history']")!.GetAttribute("aria-current").Should().Be("page");
        page.Find("nav.site-nav a[href='/stats']").Should().NotBeNull();
    }

    [Fact]
    public async Task History_InUtc_ShowsPlaysByDayNewestFirstWithArtDurationAndTheGap()
    {
        var (session, _) = await SeededUserAsync("historyutc");
        using var _session = session;

        var page = await session.GetPageAsync("/history");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.FindAll("section.history-day h2").Select(h => h.TextContent).Should().Equal("Tuesday 19 January 2027");
        var rows = page.FindAll("[data-testid=history-play], [data-testid=history-gap]");
        rows.Select(r => r.QuerySelector(".item-title")!.TextContent.Trim())
            .Should().Equal("So What", "Some plays may be missing", "Blue in Green", "So What");
        rows[0].QuerySelector("time")!.TextContent.Should().Be("23:30");
        rows[0].QuerySelector("time")!.GetAttribute("datetime").Should().Be("2027-01-19T23:30:00+00:00");
        rows[0].QuerySelector("img")!.GetAttribute("src").Should().Be(Cover);
        rows[0].QuerySelector("img")!.GetAttribute("alt").Should().Be("Cover of Kind of Blue");
        rows[0].QuerySelector(".track-duration")!.TextContent.Should().Be("≈9:05 (estimated)");
        rows[2].QuerySelector(".track-duration")!.TextContent.Should().Be("0:20");
        rows[2].QuerySelector(".track-artists")!.TextContent.Should().Contain("Miles Davis, Bill Evans");
        rows[1].QuerySelector("a")!.GetAttribute("href").Should().Be("/history/import");
        page.Find("[data-testid=gap-notice]")!.TextContent.Should().Contain("Some plays may be missing");
        page.Find("[data-testid=play-count]")!.TextContent.Should().Be("3 plays");
        page.Find("a[href='/history/export?format=csv']").Should().NotBeNull();
        page.Find("a[href='/history/export?format=json']").Should().NotBeNull();
        page.Text.Should().NotContain("Secret Track", "another user's plays are never shown");
    }

    [Fact]
    public async Task History_Paging_FiftyPlaysAPageAndALinkToOlderOnes()
    {
        using var session = await factory.SignedUpSessionAsync("historypages");
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        var plays = Enumerable.Range(0, 51)
            .Select(i => new SeedPlay(ListeningFactory.Now.AddHours(-i - 1).ToString("O"), $"t{i}", $"Track {i}", ["Artist"], "Album", 200_000))
            .ToArray();
        await StoredPlays.AddAsync(factory, userId, plays);

        var first = await session.GetPageAsync("/history");
        var second = await session.GetPageAsync("/history?page=2");
        var beyond = await session.GetPageAsync("/history?page=3");

        first.FindAll("[data-testid=history-play]").Should().HaveCount(50);
        first.Find("a[rel=next]")!.GetAttribute("href").Should().Be("/history?page=2");
        first.Find("[data-testid=play-count]")!.TextContent.Should().Be("51 plays, page 1 of 2");
        second.FindAll("[data-testid=history-play] .track-name").Select(t => t.TextContent).Should().Equal("Track 50");
        second.Find("a[rel=prev]")!.GetAttribute("href").Should().Be("/history?page=1");
        beyond.StatusCode.Should().Be(HttpStatusCode.OK);
        beyond.Find("[data-testid=nothing-more]").Should().NotBeNull();
    }

    [Fact]
    public async Task History_Period_ShowsOnlyItsDaysAndSaysWhenItIsEmpty()
    {
        var (session, _) = await SeededUserAsync("historyperiod");
        using var _session = session;

        var day = await session.GetPageAsync("/history?from=2027-01-19&to=2027-01-19");
        var empty = await session.GetPageAsync("/history?from=2027-01-01&to=2027-01-10");

        day.FindAll("[data-testid=history-play]").Should().HaveCount(3);
        day.Find("a[href='/history/export?format=csv&from=2027-01-19&to=2027-01-19']").Should().NotBeNull();
        empty.FindAll("[data-testid=history-play]").Should().BeEmpty();
        empty.Find("[data-testid=empty-period]").Should().NotBeNull();
    }

    [Fact]
    public async Task TimeZone_Berlin_MovesTheLatePlayToTheNextDay()
    {
        var (session, _) = await SeededUserAsync("historyberlin");
        using var _session = session;

        var saved = await session.SubmitFormAsync("/spotify", "/account/timezone", new Dictionary<string, string?> { ["TimeZone"] = "Europe/Berlin" });
        var account = await session.GetPageAsync("/spotify");
        var history = await session.GetPageAsync("/history");
        var dayOne = await session.GetPageAsync("/stats?from=2027-01-19&to=2027-01-19");

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        saved.LocationText().Should().Be("/spotify");
        account.Find("#time-zone option[selected]")!.GetAttribute("value").Should().Be("Europe/Berlin");
        account.Text.Should().Contain("Time zone set to Europe/Berlin.");
        history.FindAll("section.history-day h2").Select(h => h.TextContent)
            .Should().Equal("Wednesday 20 January 2027", "Tuesday 19 January 2027");
        history.Find("[data-testid=history-play] time")!.TextContent.Should().Be("00:30");
        dayOne.Find("[data-testid=total-plays]")!.TextContent.Should().Be("2", "the 23:30 UTC play is on the 20th in Berlin");
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("W. Europe Standard Time")]
    public async Task TimeZone_UnknownId_Returns400WithTheMessageBesideTheField(string value)
    {
        using var session = await factory.SignedUpSessionAsync("badzone");

        var response = await session.SubmitFormAsync("/spotify", "/account/timezone", new Dictionary<string, string?> { ["TimeZone"] = value });
        var page = await HtmlPage.ParseAsync(response, Ct);
        var account = await session.GetPageAsync("/spotify");

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("#time-zone-error")!.TextContent.Should().Contain("That is not a time zone this site knows.");
        page.Find("#time-zone")!.ClassList.Should().Contain("input-validation-error");
        account.Find("#time-zone option[selected]")!.GetAttribute("value").Should().Be("UTC", "nothing was saved");
    }

    [Fact]
    public async Task Stats_AllTime_ShowsTotalsChartsTopListsAndSessions()
    {
        var (session, _) = await SeededUserAsync("statsall");
        using var _session = session;

        var page = await session.GetPageAsync("/stats");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("h1")!.TextContent.Should().Contain("All time");
        page.Find("[data-testid=total-plays]")!.TextContent.Should().Be("3");
        page.Find("[data-testid=total-streams]")!.TextContent.Should().Be("2", "the 20-second play is not a stream");
        page.Find("[data-testid=total-time]")!.TextContent.Should().Be("18 min", "545 + 20 + 545 seconds");
        page.FindAll("nav.range-tabs a").Select(a => (a.TextContent, a.GetAttribute("href"))).Should().Equal(
            ("This week", "/stats?from=2027-01-18&to=2027-01-20"),
            ("This month", "/stats?from=2027-01-01&to=2027-01-20"),
            ("This year", "/stats?from=2027-01-01&to=2027-01-20"),
            ("All time", "/stats"));
        page.Find("nav.range-tabs a[aria-current=page]")!.TextContent.Should().Be("All time");

        var chart = page.Find("svg[data-testid=bar-chart]")!;
        chart.GetAttribute("role").Should().Be("img");
        chart.GetAttribute("aria-labelledby").Should().Be("bar-chart-title");
        chart.GetAttribute("aria-describedby").Should().Be("bar-chart-desc");
        page.Find("#bar-chart-desc")!.TextContent.Should().Be("2 bars from Tue 19 Jan 2027 to Wed 20 Jan 2027. The busiest day was Tue 19 Jan 2027 with 18 min.");
        page.Find("#bar-chart-title")!.TextContent.Should().Be("Time listened per day");
        chart.QuerySelectorAll("rect.chart-bar").Should().HaveCount(2, "from the first play's day (19th) to today (20th)");
        page.FindAll("[data-testid=bar-chart-table] tbody tr").Select(r => r.TextContent.Trim())
            .Should().Equal("Tue 19 Jan 2027" + "18 min" + "2", "Wed 20 Jan 2027" + "0 s" + "0");
        page.FindAll("svg[data-testid=heat-map] rect.heat-cell").Should().HaveCount(7 * 24);
        page.FindAll("svg[data-testid=heat-map] rect.heat-4").Should().HaveCount(2, "Tuesday 08:00 and 23:00 hold the most time");
        page.FindAll("[data-testid=heat-map-table] tbody tr").Should().HaveCount(7);

        Items(page, "top-tracks-streams").Should().Equal("So What", "Blue in Green");
        page.Find("[data-testid=top-tracks-streams] li")!.TextContent.Should()
            .Contain("2 streams").And.Contain("First listen 19 January 2027, 08:00").And.Contain("last 19 January 2027, 23:30");
        Items(page, "top-artists-time").Should().Equal("Miles Davis", "Bill Evans");
        Items(page, "top-albums-streams").Should().Equal("Kind of Blue");
        page.FindAll("[data-testid=sessions] tbody tr").Select(r => r.Children[2].TextContent)
            .Should().Equal("14 min", "9 min");
        page.Text.Should().NotContain("Secret Track").And.NotContain("Nobody");
    }

    [Fact]
    public async Task Stats_NoPlays_SaysSoWithoutCharts()
    {
        using var session = await factory.SignedUpSessionAsync("statsempty");

        var page = await session.GetPageAsync("/stats?from=2027-01-18&to=2027-01-20");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("h1")!.TextContent.Should().Contain("This week");
        page.Find("[data-testid=empty-stats]").Should().NotBeNull();
        page.Find("svg").Should().BeNull();
    }

    [Fact]
    public async Task Export_Csv_HasExactlyTheIssueFieldsOldestFirst()
    {
        var (session, _) = await SeededUserAsync("exportcsv");
        using var _session = session;

        using var response = await session.GetAsync("/history/export?format=csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').Should().Be("cleanspotify-listening-history-2027-01-20.csv");
        var text = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync(Ct)).AsSpan(3));
        text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "played_at,track_id,track_name,artist_names,album_name,ms_played,ms_played_estimated,source",
            "2027-01-19T08:00:00.000Z,track1,So What,Miles Davis,Kind of Blue,545000,true,recent",
            "2027-01-19T08:05:00.000Z,track2,Blue in Green,Miles Davis; Bill Evans,Kind of Blue,20000,false,extended",
            "2027-01-19T23:30:00.000Z,track1,So What,Miles Davis,Kind of Blue,545000,true,recent");
    }

    [Fact]
    public async Task Export_Json_HasOneObjectPerPlayWithExactlyTheIssueFields()
    {
        var (session, _) = await SeededUserAsync("exportjson");
        using var _session = session;

        using var response = await session.GetAsync("/history/export?format=json&from=2027-01-19&to=2027-01-19");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        json.RootElement.GetProperty("list").GetString().Should().Be("listening_history");
        json.RootElement.GetProperty("total").GetInt32().Should().Be(3);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToArray();
        items.Should().HaveCount(3);
        items.Should().OnlyContain(i => i.EnumerateObject().Select(p => p.Name).SequenceEqual(ExportFields));
        var second = items[1];
        second.GetProperty("played_at").GetString().Should().Be("2027-01-19T08:05:00.000Z");
        second.GetProperty("track_id").GetString().Should().Be("track2");
        second.GetProperty("artist_names").EnumerateArray().Select(a => a.GetString()).Should().Equal("Miles Davis", "Bill Evans");
        second.GetProperty("ms_played").GetInt32().Should().Be(20_000);
        second.GetProperty("ms_played_estimated").GetBoolean().Should().BeFalse();
        second.GetProperty("source").GetString().Should().Be("extended");
    }

    [Fact]
    public async Task Export_Period_HoldsOnlyThatUsersPlaysOfTheseDays()
    {
        var (session, otherId) = await SeededUserAsync("exportperiod");
        using var _session = session;
        await StoredPlays.AddAsync(factory, otherId, new SeedPlay("2027-01-10T09:00:00Z", "t9", "Nine", ["Artist"], "Album", 100_000));

        using var response = await session.GetAsync("/history/export?format=csv&from=2027-01-19&to=2027-01-19");
        var text = await response.Content.ReadAsStringAsync(Ct);

        text.Should().NotContain("Secret Track").And.NotContain("Nobody").And.NotContain("Nine");
        text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(4);
    }

    private static IEnumerable<string> Items(HtmlPage page, string list) =>
        page.FindAll($"[data-testid={list}] li .item-title").Select(t => t.TextContent);

    /// <summary>A signed-in user with <see cref="Plays"/> and a gap, and another user (whose id is returned) with a secret play.</summary>
    private async Task<(UserSession Session, string OtherUserId)> SeededUserAsync(string prefix)
    {
        var session = await factory.SignedUpSessionAsync(prefix);
        var userId = await TestDatabase.UserIdAsync(factory, session.Email!);
        await StoredPlays.AddAsync(factory, userId, Plays);
        await StoredPlays.AddGapAsync(factory, userId, "2027-01-19T10:00:00Z", "2027-01-19T12:00:00Z");

        using var other = await factory.SignedUpSessionAsync(prefix + "other");
        var otherId = await TestDatabase.UserIdAsync(factory, other.Email!);
        await StoredPlays.AddAsync(factory, otherId, new SeedPlay("2027-01-19T09:00:00Z", "secret", "Secret Track", ["Nobody"], "Hidden Album", 200_000));
        return (session, otherId);
    }
}
