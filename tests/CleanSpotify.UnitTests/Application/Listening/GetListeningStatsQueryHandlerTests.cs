using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Listening;
using CleanSpotify.Application.Listening.GetListeningStats;
using CleanSpotify.Domain.Listening;
using CleanSpotify.UnitTests.Application.Fakes;

namespace CleanSpotify.UnitTests.Application.Listening;

/// <summary>
/// /stats through the real pipeline for a Berlin user (winter, UTC+1) on Thursday 15 January 2026: five plays worked
/// out by hand, and another user's play that must never count.
/// </summary>
public sealed class GetListeningStatsQueryHandlerTests : IAsyncDisposable
{
    private const string User = FakeCurrentUser.DefaultId;

    private readonly ApplicationHost _host = new();

    public GetListeningStatsQueryHandlerTests()
    {
        _host.Preferences.WithTimeZone(User, "Europe/Berlin");
        _host.ListeningHistory.With(
            User,
            Play("2026-01-12T07:00:00Z", "Alpha", 180_000),
            Play("2026-01-12T07:03:30Z", "Beta", 25_000),
            Play("2026-01-12T07:40:00Z", "Alpha", 200_000),
            Play("2026-01-13T23:30:00Z", "Gamma", 240_000),
            Play("2026-01-13T23:33:00Z", "Alpha", 150_000));
        _host.ListeningHistory.With("someone-else", Play("2026-01-12T09:00:00Z", "Secret", 300_000));
    }

    [Fact]
    public async Task Handle_ThreeDaysInBerlin_GivesTotalsDaysHoursAndSessions()
    {
        var result = await _host.Sender.Send(new GetListeningStatsQuery(new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 14)), TestContext.Current.CancellationToken);

        var stats = result.Value;
        stats.TimeZone.Should().Be("Europe/Berlin");
        stats.Today.Should().Be(new DateOnly(2026, 1, 15));
        stats.Plays.Should().Be(5);
        stats.Streams.Should().Be(4, "Beta was played for 25 seconds");
        stats.MsListened.Should().Be(795_000);
        stats.BucketSize.Should().Be(ChartBucketSize.Day);
        stats.Buckets.Should().Equal(
            new ListeningBucketDto(new DateOnly(2026, 1, 12), 405_000, 2),
            new ListeningBucketDto(new DateOnly(2026, 1, 13), 0, 0),
            new ListeningBucketDto(new DateOnly(2026, 1, 14), 390_000, 2));
        stats.HeatMap.Where(c => c.MsPlayed > 0).Should().Equal(
            new HeatCellDto(DayOfWeek.Monday, 8, 405_000, 2),
            new HeatCellDto(DayOfWeek.Wednesday, 0, 390_000, 2));
        stats.Sessions.Select(s => (s.Start, s.Length, s.Plays, s.MsPlayed)).Should().Equal(
            (DateTimeOffset.Parse("2026-01-14T00:26:00+01:00", null), TimeSpan.FromMinutes(7), 2, 390_000L),
            (DateTimeOffset.Parse("2026-01-12T07:57:00+01:00", null), TimeSpan.FromSeconds(390), 2, 205_000L),
            (DateTimeOffset.Parse("2026-01-12T08:36:40+01:00", null), TimeSpan.FromSeconds(200), 1, 200_000L));
        stats.Top.TracksByStreams[0].Should().BeEquivalentTo(new PlayedItemTotal(
            "Alpha", ["Artist"], 3, 530_000, DateTimeOffset.Parse("2026-01-12T08:00:00+01:00", null), DateTimeOffset.Parse("2026-01-14T00:33:00+01:00", null)));
        stats.Top.TracksByStreams[0].LastPlayedAt.Offset.Should().Be(TimeSpan.FromHours(1), "first and last listens are shown in the user's zone");
    }

    [Fact]
    public async Task Handle_DayEndingAtBerlinMidnight_LeavesOutTheLateUtcPlays()
    {
        var berlin = await _host.Sender.Send(new GetListeningStatsQuery(new DateOnly(2026, 1, 13), new DateOnly(2026, 1, 13)), TestContext.Current.CancellationToken);
        _host.Preferences.WithTimeZone(User, "UTC");
        var utc = await _host.Sender.Send(new GetListeningStatsQuery(new DateOnly(2026, 1, 13), new DateOnly(2026, 1, 13)), TestContext.Current.CancellationToken);

        berlin.Value.Plays.Should().Be(0, "23:30 and 23:33 UTC on the 13th are past midnight in Berlin");
        utc.Value.Plays.Should().Be(2);
        utc.Value.MsListened.Should().Be(390_000);
    }

    [Fact]
    public async Task Handle_AllTime_ChartsFromTheFirstPlayToToday()
    {
        var result = await _host.Sender.Send(new GetListeningStatsQuery(null, null), TestContext.Current.CancellationToken);

        result.Value.ChartFirst.Should().Be(new DateOnly(2026, 1, 12));
        result.Value.ChartLast.Should().Be(new DateOnly(2026, 1, 15));
        result.Value.Buckets.Should().HaveCount(4);
        result.Value.Plays.Should().Be(5, "another user's play never counts");
    }

    [Fact]
    public async Task Handle_FromAfterTo_IsAValidationFailure()
    {
        var result = await _host.Sender.Send(new GetListeningStatsQuery(new DateOnly(2026, 1, 14), new DateOnly(2026, 1, 12)), TestContext.Current.CancellationToken);

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.Message.Should().Contain(ListeningRules.PeriodMessage);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Handle_SamePageAgain_IsServedKeptUntilAPlayIsStoredOrTheDayChanges()
    {
        var query = new GetListeningStatsQuery(new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 14));
        var ct = TestContext.Current.CancellationToken;

        (await _host.Sender.Send(query, ct)).Value.Plays.Should().Be(5);
        (await _host.Sender.Send(query, ct)).Value.Plays.Should().Be(5);
        _host.ListeningHistory.MomentReads.Should().Be(1, "the second view is the kept page");

        _host.ListeningHistory.With(User, Play("2026-01-14T10:00:00Z", "Delta", 100_000));
        (await _host.Sender.Send(query, ct)).Value.Plays.Should().Be(6, "a stored play changes the history's version");

        _host.Time.Advance(TimeSpan.FromDays(1));
        (await _host.Sender.Send(query, ct)).Value.Today.Should().Be(new DateOnly(2026, 1, 16));
        _host.ListeningHistory.MomentReads.Should().Be(3);
    }

    private static Play Play(string playedAt, string track, int msPlayed) =>
        new(track.ToUpperInvariant(), track, ["Artist"], "Album", DateTimeOffset.Parse(playedAt, null), msPlayed, true, PlaySource.Recent);
}
