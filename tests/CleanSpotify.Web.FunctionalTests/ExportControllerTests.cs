using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CleanSpotify.Web.FunctionalTests.Support;

namespace CleanSpotify.Web.FunctionalTests;

public sealed class ExportControllerTests(LinkedListenersFactory factory) : IClassFixture<LinkedListenersFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Today => factory.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task TopTracks_CsvMediumTerm_DownloadsAll87TracksAsAnAttachment()
    {
        var session = await factory.LinkedAsAsync(Listeners.JazzSoul);

        using var response = await session.GetAsync("/top/tracks/export?range=medium_term&format=csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        FileName(response).Should().Be($"cleanspotify-top-tracks-medium_term-{Today}.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        bytes.Take(3).Should().Equal(Encoding.UTF8.GetPreamble(), "spreadsheets need the BOM to read UTF-8");
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        text.Should().StartWith("rank,name,artists,album,duration,spotify_url,id\r\n").And.EndWith("\r\n");
        var rows = ParseCsv(text);
        rows.Should().HaveCount(88, "a header and 87 tracks");
        rows.Should().OnlyContain(r => r.Count == 7);
        rows.Skip(1).Select(r => r[0]).Should().Equal(Enumerable.Range(1, 87).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var expectedNames = (await factory.SandboxTopTrackNamesAsync(Listeners.JazzSoul, "medium_term", 0))
            .Concat(await factory.SandboxTopTrackNamesAsync(Listeners.JazzSoul, "medium_term", 50));
        rows.Skip(1).Select(r => r[1]).Should().Equal(expectedNames);
        rows.Skip(1).Should().OnlyContain(r => r[4].Contains(':') && r[5].StartsWith("https://open.spotify.com/track/") && r[6].Length > 0);
        var quoted = rows.Skip(1).Where(r => r[2].Contains(',')).ToArray();
        quoted.Should().NotBeEmpty("some tracks have several artists, joined with commas");
        text.Should().Contain($",\"{quoted[0][2]}\",", "a field holding a comma is quoted");
    }

    [Fact]
    public async Task TopTracks_Json_HasTheRangeExportTimeAndAsManyItemsAsTheListTotal()
    {
        var session = await factory.LinkedAsAsync(Listeners.JazzSoul);
        var listPage = await session.GetPageAsync("/top/tracks?range=medium_term");

        using var response = await session.GetAsync("/top/tracks/export?range=medium_term&format=json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        FileName(response).Should().Be($"cleanspotify-top-tracks-medium_term-{Today}.json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = json.RootElement;
        root.GetProperty("list").GetString().Should().Be("top_tracks");
        root.GetProperty("range").GetString().Should().Be("medium_term");
        root.GetProperty("exported_at").GetString().Should()
            .Be(factory.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        listPage.Text.Should().Contain("87 tracks");
        root.GetProperty("total").GetInt32().Should().Be(87);
        var items = root.GetProperty("items").EnumerateArray().ToArray();
        items.Should().HaveCount(87);
        items.Select(i => i.GetProperty("rank").GetInt32()).Should().Equal(Enumerable.Range(1, 87));
        var first = items[0];
        first.GetProperty("name").GetString().Should().Be(listPage.Find("li.track .track-name")!.TextContent.Trim());
        first.GetProperty("artists").GetArrayLength().Should().BePositive();
        first.GetProperty("album").GetString().Should().NotBeNullOrEmpty();
        first.GetProperty("duration").GetString().Should().MatchRegex(@"^\d+:\d{2}$");
        first.GetProperty("duration_ms").GetInt64().Should().BePositive();
        first.GetProperty("spotify_url").GetString().Should().StartWith("https://open.spotify.com/track/");
        first.GetProperty("id").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task TopTracks_ShortTermCsv_HoldsTheWholeShorterList()
    {
        var session = await factory.LinkedAsAsync(Listeners.JazzSoul);

        using var response = await session.GetAsync("/top/tracks/export?range=short_term&format=csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        FileName(response).Should().Be($"cleanspotify-top-tracks-short_term-{Today}.csv");
        var rows = ParseCsv(await response.Content.ReadAsStringAsync(Ct));
        rows.Skip(1).Select(r => r[1]).Should().Equal(await factory.SandboxTopTrackNamesAsync(Listeners.JazzSoul, "short_term", 0));
    }

    [Fact]
    public async Task TopTracks_AfterViewingThePage_ReadsOnlyTheMissingPagesOnceThroughTheSameCache()
    {
        var session = await factory.LinkedAsAsync(Listeners.IndieElectronic);
        var listPage = await session.GetPageAsync("/top/tracks?range=medium_term");
        var pageCount = int.Parse(
            listPage.Find("[data-testid=page-of]")!.TextContent.Split(' ')[3], CultureInfo.InvariantCulture);
        factory.ApiCalls(Listeners.IndieElectronic, "/me/top/tracks").Should().Be(1);

        using var csv = await session.GetAsync("/top/tracks/export?range=medium_term&format=csv");
        using var json = await session.GetAsync("/top/tracks/export?range=medium_term&format=json");

        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        json.StatusCode.Should().Be(HttpStatusCode.OK);
        factory.ApiCalls(Listeners.IndieElectronic, "/me/top/tracks").Should().Be(pageCount, "each page is read from Spotify once, whoever asks");
    }

    [Fact]
    public async Task TopArtists_CsvAndJson_HoldTheWholeListWithGenres()
    {
        var session = await factory.LinkedAsAsync(Listeners.JazzSoul);

        using var csv = await session.GetAsync("/top/artists/export?range=long_term&format=csv");
        using var json = await session.GetAsync("/top/artists/export?range=long_term&format=json");

        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        FileName(csv).Should().Be($"cleanspotify-top-artists-long_term-{Today}.csv");
        FileName(json).Should().Be($"cleanspotify-top-artists-long_term-{Today}.json");
        var text = await csv.Content.ReadAsStringAsync(Ct);
        text.Should().StartWith("rank,name,genres,spotify_url,id\r\n");
        var rows = ParseCsv(text).Skip(1).ToArray();
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync(Ct));
        var total = document.RootElement.GetProperty("total").GetInt32();
        total.Should().BePositive();
        var items = document.RootElement.GetProperty("items").EnumerateArray().ToArray();
        items.Should().HaveCount(total);
        rows.Should().HaveCount(total);
        rows.Select(r => r[1]).Should().Equal(items.Select(i => i.GetProperty("name").GetString()));
        rows.Select(r => r[2]).Should().Equal(items.Select(i => string.Join(", ", i.GetProperty("genres").EnumerateArray().Select(g => g.GetString()))));
        rows.Should().OnlyContain(r => r[3].StartsWith("https://open.spotify.com/artist/"));
        var page = await session.GetPageAsync("/top/artists?range=long_term");
        page.Text.Should().Contain($"{total} artists");
    }

    [Fact]
    public async Task Recent_Csv_Holds50PlaysNewestFirstWithIsoUtcTimes()
    {
        var session = await factory.LinkedAsAsync(Listeners.JazzSoul);

        using var response = await session.GetAsync("/recent/export?format=csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        FileName(response).Should().Be($"cleanspotify-recently-played-{Today}.csv");
        var text = await response.Content.ReadAsStringAsync(Ct);
        text.Should().StartWith("played_at,name,artists,album,duration,spotify_url,id\r\n");
        var rows = ParseCsv(text).Skip(1).ToArray();
        rows.Should().HaveCount(50);
        rows.Should().OnlyContain(r => r.Count == 7);
        rows.Select(r => r[0]).Should().OnlyContain(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$"));
        rows.Select(r => DateTimeOffset.Parse(r[0], CultureInfo.InvariantCulture)).Should().BeInDescendingOrder();
        var page = await session.GetPageAsync("/recent");
        rows.Select(r => r[1]).Should().Equal(page.FindAll("li.play .track-name").Select(n => n.TextContent));
    }

    [Fact]
    public async Task Recent_Json_Holds50PlaysAndNoRange()
    {
        var session = await factory.LinkedAsAsync(Listeners.JazzSoul);

        using var response = await session.GetAsync("/recent/export?format=json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        FileName(response).Should().Be($"cleanspotify-recently-played-{Today}.json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        json.RootElement.GetProperty("list").GetString().Should().Be("recently_played");
        json.RootElement.TryGetProperty("range", out _).Should().BeFalse();
        json.RootElement.GetProperty("total").GetInt32().Should().Be(50);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToArray();
        items.Should().HaveCount(50);
        items.Should().OnlyContain(i => i.GetProperty("played_at").GetString()!.EndsWith('Z') && i.GetProperty("artists").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Exports_ListenerWithNoHistory_AreEmptyButValid()
    {
        var session = await factory.LinkedAsAsync(Listeners.Newcomer);

        using var tracks = await session.GetAsync("/top/tracks/export?format=csv");
        using var recent = await session.GetAsync("/recent/export?format=json");

        tracks.StatusCode.Should().Be(HttpStatusCode.OK);
        (await tracks.Content.ReadAsStringAsync(Ct)).Should().Be("rank,name,artists,album,duration,spotify_url,id\r\n");
        using var json = JsonDocument.Parse(await recent.Content.ReadAsStringAsync(Ct));
        json.RootElement.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("/top/tracks/export?format=xml")]
    [InlineData("/top/artists/export?range=short_term&format=xml")]
    [InlineData("/recent/export?format=xml")]
    public async Task Export_UnknownFormat_Returns400WithTheFormatRuleAndCallsNoSpotify(string url)
    {
        var session = await factory.LinkedAsAsync(Listeners.ClassicalFilm);
        var callsBefore = factory.Sandbox.State.ApiCalls.Count;

        var page = await session.GetPageAsync(url);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("[data-testid=problem-message]")!.TextContent.Should().Be("The format must be csv or json.");
        factory.Sandbox.State.ApiCalls.Count.Should().Be(callsBefore);
    }

    [Theory]
    [InlineData("/top/tracks/export?range=weekly&format=csv")]
    [InlineData("/top/artists/export?range=weekly&format=json")]
    public async Task Export_UnknownRange_Returns400NamingTheValidRanges(string url)
    {
        var session = await factory.LinkedAsAsync(Listeners.ClassicalFilm);

        var page = await session.GetPageAsync(url);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.Find("[data-testid=problem-message]")!.TextContent.Should()
            .Contain("short_term").And.Contain("medium_term").And.Contain("long_term");
    }

    [Theory]
    [InlineData("/top/tracks/export?range=short_term&format=csv", "%2Ftop%2Ftracks%2Fexport%3Frange%3Dshort_term%26format%3Dcsv")]
    [InlineData("/top/artists/export?format=json", "%2Ftop%2Fartists%2Fexport%3Fformat%3Djson")]
    [InlineData("/recent/export?format=csv", "%2Frecent%2Fexport%3Fformat%3Dcsv")]
    public async Task Export_Anonymous_RedirectsToLogin(string url, string escapedReturnUrl)
    {
        using var session = factory.NewSession();

        using var response = await session.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.LocationText().Should().Be("/account/login?ReturnUrl=" + escapedReturnUrl);
    }

    [Fact]
    public async Task Export_SignedInWithoutLink_ShowsTheLinkFormReturningToTheDownload()
    {
        using var session = await factory.SignedUpSessionAsync("unlinked");

        var page = await session.GetPageAsync("/top/tracks/export?range=short_term&format=json");

        page.Find("[data-testid=link-required-message]")!.TextContent.Should().Contain("Link your Spotify account");
        page.Form("/spotify/link")!.QuerySelector("input[name=returnUrl]")!.GetAttribute("value")
            .Should().Be("/top/tracks/export?range=short_term&format=json");
    }

    [Theory]
    [InlineData("/top/tracks?range=short_term", "/top/tracks/export?range=short_term")]
    [InlineData("/top/artists?range=long_term", "/top/artists/export?range=long_term")]
    public async Task TopPages_OfferCsvAndJsonDownloadsForTheirRange(string pageUrl, string exportUrl)
    {
        var session = await factory.LinkedAsAsync(Listeners.HipHopRnb);

        var page = await session.GetPageAsync(pageUrl);

        page.FindAll("a[download]").Select(a => (a.TextContent, a.GetAttribute("href"))).Should().Equal(
            ("Download CSV", exportUrl + "&format=csv"),
            ("Download JSON", exportUrl + "&format=json"));
    }

    private static string? FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.FileName?.Trim('"');

    /// <summary>A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                field.Length.Should().Be(0, "a quote may only open a field");
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        quoted.Should().BeFalse("every quoted field is closed");
        row.Should().BeEmpty("the file ends with CRLF");
        field.Length.Should().Be(0);
        return rows;
    }
}
