using System.Text.Json;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Export;
using CleanSpotify.Application.Export.ExportRecentlyPlayed;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Recent;
using CleanSpotify.Application.Recent.GetRecentlyPlayed;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.UnitTests.Application.Fakes;
using CleanSpotify.Tests.Shared.Builders;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.UnitTests.Application.Export.ExportRecentlyPlayed;

public sealed class ExportRecentlyPlayedQueryHandlerTests
{
    private readonly FakeCurrentUser _currentUser = new();
    private readonly FakeSpotifyLinkStore _links = new();
    private readonly FakeSpotifyRecentlyPlayedReader _reader = new();
    private readonly FakeTimeProvider _time = new(ApplicationHost.Start);
    private readonly FakeSpotifyReadCache _cache;

    public ExportRecentlyPlayedQueryHandlerTests()
    {
        _cache = new FakeSpotifyReadCache(_time);
        _links.With(new SpotifyLinkBuilder().Build());
        _reader.Plays = Result<IReadOnlyList<RecentPlayDto>>.Success(
        [
            Play("older", new DateTimeOffset(2026, 1, 15, 8, 59, 58, 250, TimeSpan.Zero)),
            Play("newer", new DateTimeOffset(2026, 1, 15, 11, 30, 0, 5, TimeSpan.FromHours(1))),
        ]);
    }

    [Fact]
    public async Task Handle_AsCsv_WritesThePlaysNewestFirstWithUtcTimes()
    {
        var result = await Handle(new ExportRecentlyPlayedQuery(ExportFormat.Csv));

        result.Value.Name.Should().Be("cleanspotify-recently-played-2026-01-15");
        ExportText.CsvLines(result.Value).Should().Equal(
            "played_at,name,artists,album,duration,spotify_url,id",
            "2026-01-15T10:30:00.005Z,Track newer,\"Ada, Bo\",Album,3:20,https://open.spotify.test/track/newer,newer",
            "2026-01-15T08:59:58.250Z,Track older,\"Ada, Bo\",Album,3:20,https://open.spotify.test/track/older,older");
        _reader.UsersRead.Should().Equal(FakeCurrentUser.DefaultId);
    }

    [Fact]
    public async Task Handle_AsJson_WritesTheDocumentWithoutARange()
    {
        var result = await Handle(new ExportRecentlyPlayedQuery(ExportFormat.Json));

        result.Value.Name.Should().Be("cleanspotify-recently-played-2026-01-15");
        using var json = JsonDocument.Parse(result.Value.Content);
        var root = json.RootElement;
        root.GetProperty("list").GetString().Should().Be("recently_played");
        root.TryGetProperty("range", out _).Should().BeFalse("recent plays have no range");
        root.GetProperty("total").GetInt32().Should().Be(2);
        root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().Equal("newer", "older");
        root.GetProperty("items")[0].GetProperty("played_at").GetString().Should().Be("2026-01-15T10:30:00.005Z");
        root.GetProperty("items")[0].GetProperty("duration_ms").GetInt64().Should().Be(200_000);
    }

    [Fact]
    public async Task Handle_AfterTheRecentPage_SharesItsCachedRead()
    {
        await new GetRecentlyPlayedQueryHandler(new RecentPlays(_currentUser, _links, _cache, _reader)).Handle(new GetRecentlyPlayedQuery(), TestContext.Current.CancellationToken);

        var result = await Handle(new ExportRecentlyPlayedQuery(ExportFormat.Csv));

        result.IsSuccess.Should().BeTrue();
        _reader.UsersRead.Should().ContainSingle("the export reuses the page's cached read");
    }

    [Fact]
    public async Task Handle_WhenNotLinked_ReturnsNotLinkedWithoutCallingSpotify()
    {
        _currentUser.SignInAs("app-user-2");

        var result = await Handle(new ExportRecentlyPlayedQuery(ExportFormat.Csv));

        result.Error.Should().Be(LinkErrors.NotLinked);
        _reader.UsersRead.Should().BeEmpty();
    }

    private static RecentPlayDto Play(string id, DateTimeOffset playedAt) =>
        new(id, $"Track {id}", ["Ada", "Bo"], "Album", null, TimeSpan.FromSeconds(200), new Uri($"https://open.spotify.test/track/{id}"), playedAt);

    private async Task<Result<ExportFileDto>> Handle(ExportRecentlyPlayedQuery query) =>
        await new ExportRecentlyPlayedQueryHandler(new RecentPlays(_currentUser, _links, _cache, _reader), _time).Handle(query, TestContext.Current.CancellationToken);
}
