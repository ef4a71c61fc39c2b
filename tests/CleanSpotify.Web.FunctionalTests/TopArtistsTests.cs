using System.Globalization;
using System.Net;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>The top-artists page: ranks, images, genres only when Spotify sends them, ranges and paging.</summary>
public sealed class TopArtistsTests(LinkedUserFactory factory) : IClassFixture<LinkedUserFactory>
{
    [Fact]
    public async Task Artists_MediumTerm_ShowsRankedArtistsWithImagesAndSpotifyLinks()
    {
        var session = await factory.JazzSoulUserAsync();

        var page = await session.GetPageAsync("/top/artists");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[data-testid=page-of]")!.TextContent.Should().Be("Page 1 of 1 · 34 artists");
        var rows = page.FindAll("li.artist");
        rows.Should().HaveCount(34);
        rows.Select(r => r.QuerySelector(".track-rank")!.TextContent.Trim())
            .Should().Equal(Enumerable.Range(1, 34).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        rows.Should().OnlyContain(r => r.QuerySelector(".artist-name")!.TextContent.Trim().Length > 0);
        rows.Should().OnlyContain(r => r.QuerySelector("img")!.GetAttribute("alt")!.StartsWith("Photo of ", StringComparison.Ordinal));
        rows.Should().OnlyContain(r => r.QuerySelector("a[target=_blank]")!.GetAttribute("href")!.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Artists_LongTermPageTwo_ShowsTheRestAndAPreviousLink()
    {
        var session = await factory.JazzSoulUserAsync();

        var page = await session.GetPageAsync("/top/artists?range=long_term&page=1");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[data-testid=page-of]")!.TextContent.Should().Be("Page 1 of 1 · 50 artists");
        page.Find("a[rel=next]").Should().BeNull("Spotify has no more artists after 50");
    }

    [Fact]
    public async Task Artists_RangeTabs_AreRealLinksToTheArtistPages()
    {
        var session = await factory.JazzSoulUserAsync();

        var page = await session.GetPageAsync("/top/artists?range=short_term");

        page.FindAll("nav[aria-label='Time range'] a")
            .Select(a => (a.TextContent.Trim(), a.GetAttribute("href")))
            .Should().Equal(
                ("Last 4 weeks", "/top/artists?range=short_term"),
                ("Last 6 months", "/top/artists?range=medium_term"),
                ("Last year", "/top/artists?range=long_term"));
        page.Find("nav[aria-label='Time range'] a[aria-current=page]")!.TextContent.Should().Be("Last 4 weeks");
    }

    [Fact]
    public async Task Artists_PagePastTheEnd_ShowsNothingMoreWithALinkBack()
    {
        var session = await factory.JazzSoulUserAsync();

        var page = await session.GetPageAsync("/top/artists?page=5");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Find("[data-testid=nothing-more]")!.TextContent.Should().Contain("34 artists");
        page.Find("[data-testid=nothing-more] a")!.GetAttribute("href").Should().Be("/top/artists?range=medium_term&page=1");
    }

    [Theory]
    [InlineData("/top/artists?range=yearly")]
    [InlineData("/top/artists?page=zero")]
    [InlineData("/top/history?list=albums&range=short_term&id=abc")]
    [InlineData("/top/history?list=tracks&range=short_term&id=not-an-id!")]
    public async Task BadInput_Returns400WithTheValidatorsMessage(string path)
    {
        var session = await factory.JazzSoulUserAsync();

        var page = await session.GetPageAsync(path);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("[data-testid=problem-message]")!.TextContent.Should().NotBeNullOrWhiteSpace();
    }
}
