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

public sealed class ExportTopListQueryHandlerArtistTests
{
    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeSpotifyTopItemsReader _topItems = new() { ArtistList = FakeSpotifyTopItemsReader.Artists(120) };
    private readonly FakeTimeProvider _time = new(ApplicationHost.Start);
    private readonly FakeSpotifyReadCache _cache;

    public ExportTopListQueryHandlerArtistTests()
    {
        _cache = new FakeSpotifyReadCache(_time);
        _links.With(new SpotifyLinkBuilder().Build());
    }

    [Fact]
    public async Task Handle_AsCsv_WritesEveryArtistWithGenresJoined()
    {
        var result = await Handle(new ExportTopListQuery(TopListKind.Artists, TimeRange.MediumTerm, ExportFormat.Csv));

        _topItems.ArtistRequests.Select(r => (r.Range, r.Offset)).Should().Equal((TimeRange.MediumTerm, 0), (TimeRange.MediumTerm, 50), (TimeRange.MediumTerm, 100));
        result.Value.Name.Should().Be("cleanspotify-top-artists-medium_term-2026-01-15");
        var lines = ExportText.CsvLines(result.Value);
        lines.Should().HaveCount(121);
        lines[0].Should().Be("rank,name,genres,spotify_url,id");
        lines[1].Should().Be("1,Artist artist1,\"indie, folk\",,artist1");
        lines[120].Should().StartWith("120,");
    }

    [Fact]
    public async Task Handle_AsCsv_NeutralisesFormulaNames()
    {
        _topItems.ArtistList = [new TopArtistDto(1, "a1", "@SUM(A1:A9)", [], null, new Uri("https://open.spotify.test/artist/a1"))];

        var result = await Handle(new ExportTopListQuery(TopListKind.Artists, TimeRange.ShortTerm, ExportFormat.Csv));

        ExportText.CsvLines(result.Value)[1].Should().Be("1,\"'@SUM(A1:A9)\",,https://open.spotify.test/artist/a1,a1");
    }

    [Fact]
    public async Task Handle_AsJson_WritesTheTopArtistsDocument()
    {
        var result = await Handle(new ExportTopListQuery(TopListKind.Artists, TimeRange.ShortTerm, ExportFormat.Json));

        result.Value.Name.Should().Be("cleanspotify-top-artists-short_term-2026-01-15");
        using var json = JsonDocument.Parse(result.Value.Content);
        json.RootElement.GetProperty("list").GetString().Should().Be("top_artists");
        json.RootElement.GetProperty("range").GetString().Should().Be("short_term");
        json.RootElement.GetProperty("total").GetInt32().Should().Be(120);
        json.RootElement.GetProperty("items").GetArrayLength().Should().Be(120);
        json.RootElement.GetProperty("items")[0].GetProperty("genres").EnumerateArray().Select(g => g.GetString()).Should().Equal("indie", "folk");
    }

    [Fact]
    public async Task Handle_WhenNotLinked_ReturnsNotLinkedWithoutCallingSpotify()
    {
        _currentUser.SignInAs("app-user-2");

        var result = await Handle(new ExportTopListQuery(TopListKind.Artists, TimeRange.ShortTerm, ExportFormat.Csv));

        result.Error.Should().Be(LinkErrors.NotLinked);
        _topItems.ArtistRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_WhenSpotifyFails_ReturnsTheError()
    {
        var down = Error.Upstream("spotify.unavailable", "Spotify is not answering right now.");
        _topItems.NextArtistsResult = down;

        var result = await Handle(new ExportTopListQuery(TopListKind.Artists, TimeRange.ShortTerm, ExportFormat.Csv));

        result.Error.Should().Be(down);
    }

    private async Task<Result<ExportFileDto>> Handle(ExportTopListQuery query) =>
        await new ExportTopListQueryHandler(new TopListSlice(_currentUser, _links, new TopListPageReader(_cache, new FakeRankHistoryStore(), new FakeRankHistoryStore(), new FakeUserResultCache(), _topItems, _time)), _time)
            .Handle(query, TestContext.Current.CancellationToken);
}
