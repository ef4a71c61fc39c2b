using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

public sealed class TopControllerTests(LinkedUserFactory factory) : IClassFixture<LinkedUserFactory>
{
    [Fact]
    public async Task Tracks_Anonymous_RedirectsToLoginWithReturnUrl()
    {
        using var session = factory.NewSession();

        var response = await session.GetAsync("/top/tracks");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/account/login?ReturnUrl=%2Ftop%2Ftracks");
    }

    [Fact]
    public async Task Tracks_SignedInWithoutLink_ShowsLinkFormWithReturnUrl()
    {
        using var session = await factory.SignedUpSessionAsync("unlinked");

        var page = await session.GetPageAsync("/top/tracks?range=short_term");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[data-testid=link-required-message]")!.TextContent.Should().Contain("Link your Spotify account");
        var form = page.Form("/spotify/link");
        form.Should().NotBeNull();
        form!.QuerySelector("button")!.TextContent.Should().Be("Link Spotify");
        form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value").Should().Be("/top/tracks?range=short_term");
    }

    [Fact]
    public async Task Tracks_FirstPage_ShowsTheSandboxListenersTracksInRankOrder()
    {
        var session = await factory.JazzSoulUserAsync();

        var page = await session.GetPageAsync("/top/tracks");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Text.Should().Contain("Page 1 of 2").And.Contain("87 tracks");
        var rows = page.FindAll("li.track");
        rows.Should().HaveCount(50);
        rows.Select(r => r.QuerySelector(".track-rank")!.TextContent.Trim()).Should().Equal(Enumerable.Range(1, 50).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var names = rows.Select(r => r.QuerySelector(".track-name")!.TextContent.Trim()).ToArray();
        names.Should().OnlyContain(n => n.Length > 0);
        names.Should().Equal(await factory.SandboxTopTrackNamesAsync(Listeners.JazzSoul, "medium_term", 0));
        foreach (var row in rows)
        {
            var open = row.QuerySelector("a[target=_blank]");
            open.Should().NotBeNull();
            open!.TextContent.Should().StartWith("Open in Spotify");
            open.GetAttribute("href").Should().StartWith("http");
            open.GetAttribute("rel").Should().Contain("noopener");
            var image = row.QuerySelector("img");
            image.Should().NotBeNull();
            image!.GetAttribute("width").Should().NotBeNullOrEmpty();
            image.GetAttribute("height").Should().NotBeNullOrEmpty();
            image.GetAttribute("alt").Should().NotBeNullOrEmpty();
        }

        page.Find("a[rel=next]")!.GetAttribute("href").Should().Be("/top/tracks?range=medium_term&page=2");
        page.Find("a[rel=prev]").Should().BeNull();
    }

    [Fact]
    public async Task Tracks_SecondPage_ShowsRanks51To87AndAPreviousLink()
    {
        var session = await factory.JazzSoulUserAsync();

        var page = await session.GetPageAsync("/top/tracks?range=medium_term&page=2");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Text.Should().Contain("Page 2 of 2");
        page.FindAll("li.track .track-rank").Select(r => int.Parse(r.TextContent, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(Enumerable.Range(51, 37));
        page.FindAll("li.track .track-name").Select(n => n.TextContent.Trim())
            .Should().Equal(await factory.SandboxTopTrackNamesAsync(Listeners.JazzSoul, "medium_term", 50));
        page.Find("a[rel=prev]")!.GetAttribute("href").Should().Be("/top/tracks?range=medium_term&page=1");
        page.Find("a[rel=next]").Should().BeNull();
    }

    [Fact]
    public async Task Tracks_RangeTabs_LinkToEachRangeWithPlainLabels()
    {
        var session = await factory.JazzSoulUserAsync();

        var page = await session.GetPageAsync("/top/tracks");

        var tabs = page.FindAll("nav[aria-label='Time range'] a").Select(a => (Label: a.TextContent.Trim(), Href: a.GetAttribute("href"))).ToArray();
        tabs.Should().Equal(
            ("Last 4 weeks", "/top/tracks?range=short_term"),
            ("Last 6 months", "/top/tracks?range=medium_term"),
            ("Last year", "/top/tracks?range=long_term"));
        page.Find("nav[aria-label='Time range'] a[aria-current=page]")!.TextContent.Trim().Should().Be("Last 6 months");
    }

    [Fact]
    public async Task Tracks_ShortTerm_ShowsAllTwentyThreeTracksOnOnePage()
    {
        var session = await factory.JazzSoulUserAsync();

        var page = await session.GetPageAsync("/top/tracks?range=short_term");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.FindAll("li.track").Should().HaveCount(23);
        page.Text.Should().Contain("Page 1 of 1");
        page.FindAll("li.track .track-name").Select(n => n.TextContent.Trim())
            .Should().Equal(await factory.SandboxTopTrackNamesAsync(Listeners.JazzSoul, "short_term", 0));
        page.Find("a[rel=next]").Should().BeNull();
    }

    [Fact]
    public async Task Tracks_ListenerWithNoHistory_ShowsTheKindEmptyMessage()
    {
        using var session = await factory.SignedUpSessionAsync("newcomer");
        await session.LinkSuccessfullyAsAsync(Listeners.Newcomer);

        var page = await session.GetPageAsync("/top/tracks");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.FindAll("li.track").Should().BeEmpty();
        page.Find("[data-testid=empty-tracks]")!.TextContent.Should().Contain("Spotify has no top tracks for you").And.Contain("come back");
    }

    [Fact]
    public async Task Tracks_UnknownRange_Returns400NamingTheValidRanges()
    {
        var session = await factory.JazzSoulUserAsync();
        var callsBefore = factory.Sandbox.State.ApiCalls.Count;

        var page = await session.GetPageAsync("/top/tracks?range=weekly");

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("[data-testid=problem-message]")!.TextContent.Should()
            .Contain("short_term").And.Contain("medium_term").And.Contain("long_term");
        factory.Sandbox.State.ApiCalls.Count.Should().Be(callsBefore, "invalid input should never reach Spotify");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1001")]
    [InlineData("1.5")]
    public async Task Tracks_InvalidPage_Returns400WithThePageRule(string pageValue)
    {
        var session = await factory.JazzSoulUserAsync();

        var page = await session.GetPageAsync("/top/tracks?page=" + Uri.EscapeDataString(pageValue));

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("[data-testid=problem-message]")!.TextContent.Should().Contain("The page must be a whole number");
    }
}
