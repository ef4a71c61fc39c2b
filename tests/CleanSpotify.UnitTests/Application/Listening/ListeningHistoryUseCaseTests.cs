using System.Text;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Export;
using CleanSpotify.Application.Listening;
using CleanSpotify.Application.Listening.ExportListeningHistory;
using CleanSpotify.Application.Listening.GetListeningHistory;
using CleanSpotify.Application.Listening.SetTimeZone;
using CleanSpotify.Domain.Listening;
using CleanSpotify.UnitTests.Application.Fakes;

namespace CleanSpotify.UnitTests.Application.Listening;

/// <summary>The history page, the export and the time-zone setting through the real pipeline.</summary>
public sealed class ListeningHistoryUseCaseTests : IAsyncDisposable
{
    private const string User = FakeCurrentUser.DefaultId;

    private readonly ApplicationHost _host = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task History_SecondPage_HoldsTheOlderPlaysAndOnlyTheGapsAmongThem()
    {
        var start = DateTimeOffset.Parse("2026-01-10T00:00:00Z", null);
        _host.ListeningHistory.With(User, [.. Enumerable.Range(0, 60).Select(i => Play(start.AddMinutes(10 * i), $"Track {i}", 200_000))]);
        _host.ListeningHistory.WithGap(User, new ListeningGap(start.AddMinutes(15), start.AddMinutes(25), start));
        _host.ListeningHistory.WithGap(User, new ListeningGap(start.AddMinutes(500), start.AddMinutes(505), start));

        var first = (await _host.Sender.Send(new GetListeningHistoryQuery(null, null, 1), Ct)).Value;
        var second = (await _host.Sender.Send(new GetListeningHistoryQuery(null, null, 2), Ct)).Value;

        first.Total.Should().Be(60);
        first.PageCount.Should().Be(2);
        first.Plays.Should().HaveCount(ListeningRules.HistoryPageSize);
        first.Plays[0].TrackName.Should().Be("Track 59");
        first.Gaps.Select(g => g.From).Should().Equal(start.AddMinutes(500));
        second.Plays.Select(p => p.TrackName).Should().Equal(Enumerable.Range(0, 10).Reverse().Select(i => $"Track {i}"));
        second.Gaps.Select(g => g.From).Should().Equal(start.AddMinutes(15));
        second.HasNext.Should().BeFalse();
    }

    [Fact]
    public async Task History_NoPlaysAtAll_SaysSoApartFromAnEmptyPeriod()
    {
        var none = (await _host.Sender.Send(new GetListeningHistoryQuery(null, null, 1), Ct)).Value;
        _host.ListeningHistory.With(User, Play(DateTimeOffset.Parse("2026-01-10T08:00:00Z", null), "Track", 1_000));
        var elsewhere = (await _host.Sender.Send(new GetListeningHistoryQuery(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2), 1), Ct)).Value;

        none.HasAnyPlays.Should().BeFalse();
        elsewhere.HasAnyPlays.Should().BeTrue();
        elsewhere.Total.Should().Be(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ListeningRules.MaxPage + 1)]
    public async Task History_PageOutOfRange_IsAValidationFailure(int page)
    {
        var result = await _host.Sender.Send(new GetListeningHistoryQuery(null, null, page), Ct);

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.Message.Should().Contain(ListeningRules.PageMessage);
    }

    [Fact]
    public async Task Export_Csv_WritesTheIssueFieldsOldestFirstWithArtistsJoinedAndFormulasDefused()
    {
        _host.ListeningHistory.With(
            User,
            Play(DateTimeOffset.Parse("2026-01-10T08:05:00.250Z", null), "=1+1", 20_000) with { ArtistNames = ["A", "B"], Source = PlaySource.Extended, MsPlayedEstimated = false },
            Play(DateTimeOffset.Parse("2026-01-10T08:00:00Z", null), "First", 180_000) with { TrackId = null, Source = PlaySource.AccountData });

        var file = (await _host.Sender.Send(new ExportListeningHistoryQuery(ExportFormat.Csv, null, null), Ct)).Value;

        file.Name.Should().Be("cleanspotify-listening-history-2026-01-15");
        file.Format.Should().Be(ExportFormat.Csv);
        Encoding.UTF8.GetString((await ContentOf(file)).AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "played_at,track_id,track_name,artist_names,album_name,ms_played,ms_played_estimated,source",
            "2026-01-10T08:00:00.000Z,,First,Artist,Album,180000,true,account_data",
            "2026-01-10T08:05:00.250Z,id20000,\"'=1+1\",A; B,Album,20000,false,extended");
    }

    [Fact]
    public async Task Export_Json_WritesAMissingTrackIdAsNull()
    {
        _host.ListeningHistory.With(User, Play(DateTimeOffset.Parse("2026-01-10T08:00:00Z", null), "Named only", 180_000) with { TrackId = null });

        var file = (await _host.Sender.Send(new ExportListeningHistoryQuery(ExportFormat.Json, null, null), Ct)).Value;

        using var json = System.Text.Json.JsonDocument.Parse(await ContentOf(file));
        json.RootElement.GetProperty("total").GetInt32().Should().Be(1);
        var item = json.RootElement.GetProperty("items")[0];
        item.GetProperty("track_id").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        item.GetProperty("source").GetString().Should().Be("recent");
    }

    [Fact]
    public async Task SetTimeZone_KnownId_IsStored_UnknownIdIsAFieldError()
    {
        var saved = await _host.Sender.Send(new SetTimeZoneCommand("Europe/Berlin"), Ct);
        var refused = await _host.Sender.Send(new SetTimeZoneCommand("Europe/Atlantis"), Ct);

        saved.Value.Should().Be("Europe/Berlin");
        _host.Preferences.TimeZoneOf(User).Should().Be("Europe/Berlin");
        refused.Error!.Kind.Should().Be(ErrorKind.Validation);
        refused.Error.FieldErrors["TimeZone"].Should().Equal(ListeningRules.TimeZoneMessage);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static async Task<byte[]> ContentOf(ExportStreamDto file)
    {
        using var stream = new MemoryStream();
        await file.WriteToAsync(stream, Ct);
        return stream.ToArray();
    }

    private static Play Play(DateTimeOffset playedAt, string track, int msPlayed) =>
        new($"id{msPlayed}", track, ["Artist"], "Album", playedAt, msPlayed, true, PlaySource.Recent);
}
