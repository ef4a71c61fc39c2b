using System.Text;
using System.Text.Json;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Export;
using CleanSpotify.Application.Export.ExportTopList;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Tests.Shared.Builders;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Export.ExportTopList;

public sealed class ExportTopListQueryHandlerTrackTests
{
    private static readonly Error SpotifyDown = Error.Upstream("spotify.unavailable", "Spotify is not answering right now.");

    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeSpotifyTopItemsReader _topItems = new() { TrackList = FakeSpotifyTopItemsReader.Tracks(230) };
    private readonly FakeTimeProvider _time = new(ApplicationHost.Start);
    private readonly FakeRankHistoryStore _history = new();
    private readonly FakeSpotifyReadCache _cache;
    private readonly TopListPageReader _pages;

    public ExportTopListQueryHandlerTrackTests()
    {
        _cache = new FakeSpotifyReadCache(_time);
        _pages = new TopListPageReader(_cache, _history, _history, new FakeUserResultCache(), _topItems, _time);
        _links.With(new SpotifyLinkBuilder().Build());
    }

    [Fact]
    public async Task Handle_AsCsv_WritesEveryPageInRankOrderUnderAHeader()
    {
        var result = await Handle(new ExportTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, ExportFormat.Csv));

        _topItems.Requests.Select(r => r.Offset).Should().Equal(0, 50, 100, 150, 200);
        result.Value.Name.Should().Be("cleanspotify-top-tracks-short_term-2026-01-15");
        result.Value.Format.Should().Be(ExportFormat.Csv);
        var lines = ExportText.CsvLines(result.Value);
        lines.Should().HaveCount(231);
        lines[0].Should().Be("rank,name,artists,album,duration,spotify_url,id");
        lines[1].Should().Be("1,Track track1,Artist,Album,3:00,,track1");
        lines[230].Should().Be("230,Track track230,Artist,Album,3:00,,track230");
    }

    [Fact]
    public async Task Handle_WithoutFormat_WritesCsvOfTheDefaultRange()
    {
        var result = await Handle(new ExportTopListQuery(TopListKind.Tracks, TimeRange.MediumTerm, ExportFormat.Csv));

        result.Value.Name.Should().Be("cleanspotify-top-tracks-medium_term-2026-01-15");
        _topItems.Requests.Should().OnlyContain(r => r.Range == TimeRange.MediumTerm);
    }

    [Fact]
    public async Task Handle_AsCsv_QuotesAndNeutralisesWhatTheTracksCarry()
    {
        _topItems.TrackList =
        [
            new TopTrackDto(1, "t1", "=HYPERLINK(\"http://evil\")", ["Simon, Garfunkel", "Ünlü"], "Say \"hi\"", null,
                TimeSpan.FromSeconds(65), new Uri("https://open.spotify.test/track/t1")),
        ];

        var result = await Handle(new ExportTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, ExportFormat.Csv));

        ExportText.CsvLines(result.Value)[1].Should().Be(
            "1,\"'=HYPERLINK(\"\"http://evil\"\")\",\"Simon, Garfunkel, Ünlü\",\"Say \"\"hi\"\"\",1:05,https://open.spotify.test/track/t1,t1");
    }

    [Fact]
    public async Task Handle_AsJson_WritesADocumentWithSnakeCaseNames()
    {
        _topItems.TrackList = [new TopTrackDto(1, "t1", "Ünlü", ["A", "B"], "Album", null, TimeSpan.FromMilliseconds(201_500), null), FakeSpotifyTopItemsReader.Track(2)];

        var result = await Handle(new ExportTopListQuery(TopListKind.Tracks, TimeRange.LongTerm, ExportFormat.Json));

        result.Value.Name.Should().Be("cleanspotify-top-tracks-long_term-2026-01-15");
        result.Value.Format.Should().Be(ExportFormat.Json);
        Encoding.UTF8.GetString(result.Value.Content).Should().Contain("Ünlü", "names stay readable");
        using var json = JsonDocument.Parse(result.Value.Content);
        var root = json.RootElement;
        root.GetProperty("list").GetString().Should().Be("top_tracks");
        root.GetProperty("range").GetString().Should().Be("long_term");
        root.GetProperty("exported_at").GetString().Should().Be("2026-01-15T12:00:00.000Z");
        root.GetProperty("fetched_at").GetString().Should().Be("2026-01-15T12:00:00.000Z");
        root.GetProperty("total").GetInt32().Should().Be(2);
        var first = root.GetProperty("items")[0];
        first.GetProperty("rank").GetInt32().Should().Be(1);
        first.GetProperty("name").GetString().Should().Be("Ünlü");
        first.GetProperty("artists").EnumerateArray().Select(a => a.GetString()).Should().Equal("A", "B");
        first.GetProperty("duration").GetString().Should().Be("3:21");
        first.GetProperty("duration_ms").GetInt64().Should().Be(201_500);
        first.GetProperty("id").GetString().Should().Be("t1");
        first.TryGetProperty("spotify_url", out _).Should().BeFalse("null values are left out");
    }

    [Fact]
    public async Task Handle_WhenPagesWereReadEarlier_SharesTheirCacheAndReportsTheOldestFetch()
    {
        await ReadPageAsync(1);
        _time.Advance(TimeSpan.FromMinutes(2));

        var result = await Handle(new ExportTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, ExportFormat.Json));

        _topItems.Requests.Select(r => r.Offset).Should().Equal([50, 100, 150, 200], "page 1 comes from the cache the page filled");
        using var json = JsonDocument.Parse(result.Value.Content);
        json.RootElement.GetProperty("fetched_at").GetString().Should().Be("2026-01-15T12:00:00.000Z");
        json.RootElement.GetProperty("exported_at").GetString().Should().Be("2026-01-15T12:02:00.000Z");
    }

    [Fact]
    public async Task Handle_WhenAPageFails_ReturnsTheErrorRatherThanHalfAList()
    {
        await ReadPageAsync(1);
        await ReadPageAsync(2);
        _cache.ServeStale(SpotifyDown);

        var result = await Handle(new ExportTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, ExportFormat.Csv));

        result.Error.Should().Be(SpotifyDown);
    }

    [Fact]
    public async Task Handle_ForAnEmptyList_WritesOnlyTheHeader()
    {
        _topItems.TrackList = [];

        var result = await Handle(new ExportTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, ExportFormat.Csv));

        ExportText.CsvLines(result.Value).Should().Equal("rank,name,artists,album,duration,spotify_url,id");
        _topItems.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Handle_WhenNotLinked_ReturnsNotLinkedWithoutCallingSpotify()
    {
        _currentUser.SignInAs("app-user-2");

        var result = await Handle(new ExportTopListQuery(TopListKind.Tracks, TimeRange.ShortTerm, ExportFormat.Csv));

        result.Error.Should().Be(LinkErrors.NotLinked);
        _topItems.Requests.Should().BeEmpty();
    }

    private async Task ReadPageAsync(int page)
    {
        var read = await _pages.ReadAsync(LinkedSpotifyUser.Of(_links.Links.Single().Summary), TopListSources.Tracks, TimeRange.ShortTerm, page, TestContext.Current.CancellationToken);
        read.IsSuccess.Should().BeTrue();
        _topItems.Requests.Clear();
    }

    private async Task<Result<ExportFileDto>> Handle(ExportTopListQuery query) =>
        await new ExportTopListQueryHandler(new TopListSlice(_currentUser, _links, _pages), _time).Handle(query, TestContext.Current.CancellationToken);
}
