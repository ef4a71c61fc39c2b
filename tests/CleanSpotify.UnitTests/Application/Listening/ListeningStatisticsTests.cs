using CleanSpotify.Application.Listening;

namespace CleanSpotify.UnitTests.Application.Listening;

/// <summary>The figures of /stats against values worked out by hand.</summary>
public sealed class ListeningStatisticsTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    [Fact]
    public void Streams_CountOnlyPlaysOfAtLeastThirtySeconds_WhileTimeListenedSumsThemAll()
    {
        PlayMoment[] moments = [At("2027-01-19T08:00:00Z", 29_999), At("2027-01-19T08:01:00Z", 30_000), At("2027-01-19T08:05:00Z", 200_000)];

        ListeningStatistics.Streams(moments).Should().Be(2);
        ListeningStatistics.MsPlayed(moments).Should().Be(259_999);
    }

    [Fact]
    public void Buckets_PlayAt2330Utc_IsOnTheNextDayInBerlinInWinter()
    {
        PlayMoment[] moments = [At("2027-01-19T23:30:00Z", 60_000), At("2027-01-19T12:00:00Z", 40_000)];
        var first = new DateOnly(2027, 1, 19);
        var last = new DateOnly(2027, 1, 20);

        ListeningStatistics.Buckets(moments, Utc, first, last, ChartBucketSize.Day).Should().Equal(
            new ListeningBucketDto(first, 100_000, 2),
            new ListeningBucketDto(last, 0, 0));
        ListeningStatistics.Buckets(moments, Berlin, first, last, ChartBucketSize.Day).Should().Equal(
            new ListeningBucketDto(first, 40_000, 1),
            new ListeningBucketDto(last, 60_000, 1));
    }

    [Theory]
    [InlineData("2027-01-01", "2027-03-03", ChartBucketSize.Day)]
    [InlineData("2027-01-01", "2027-03-04", ChartBucketSize.Week)]
    [InlineData("2027-01-01", "2028-01-06", ChartBucketSize.Week)]
    [InlineData("2027-01-01", "2028-01-07", ChartBucketSize.Month)]
    [InlineData("2027-01-19", "2027-01-19", ChartBucketSize.Day)]
    public void BucketSizeFor_DaysUpTo62_WeeksUpTo371_MonthsBeyond(string first, string last, ChartBucketSize expected) =>
        ListeningStatistics.BucketSizeFor(DateOnly.Parse(first, null), DateOnly.Parse(last, null)).Should().Be(expected);

    [Fact]
    public void Buckets_Weekly_StartOnMondayAndPutSundayNightInTheWeekOfTheUsersZone()
    {
        // Sunday 10 January 2027, 22:30 UTC: still Sunday in Berlin (23:30), already Monday in Tokyo (07:30).
        PlayMoment[] moments = [At("2027-01-10T22:30:00Z", 120_000), At("2027-01-18T09:00:00Z", 30_000)];
        var first = new DateOnly(2027, 1, 6);
        var last = new DateOnly(2027, 1, 20);

        ListeningStatistics.Buckets(moments, Berlin, first, last, ChartBucketSize.Week).Should().Equal(
            new ListeningBucketDto(new DateOnly(2027, 1, 4), 120_000, 1),
            new ListeningBucketDto(new DateOnly(2027, 1, 11), 0, 0),
            new ListeningBucketDto(new DateOnly(2027, 1, 18), 30_000, 1));
        ListeningStatistics.Buckets(moments, Tokyo, first, last, ChartBucketSize.Week).Should().Equal(
            new ListeningBucketDto(new DateOnly(2027, 1, 4), 0, 0),
            new ListeningBucketDto(new DateOnly(2027, 1, 11), 120_000, 1),
            new ListeningBucketDto(new DateOnly(2027, 1, 18), 30_000, 1));
    }

    [Fact]
    public void Buckets_Monthly_PutTheLastNightOfJanuaryInFebruaryInBerlin()
    {
        PlayMoment[] moments = [At("2027-01-31T23:30:00Z", 90_000), At("2027-03-15T12:00:00Z", 10_000)];
        var first = new DateOnly(2026, 12, 20);
        var last = new DateOnly(2027, 3, 31);

        ListeningStatistics.Buckets(moments, Berlin, first, last, ChartBucketSize.Month).Should().Equal(
            new ListeningBucketDto(new DateOnly(2026, 12, 1), 0, 0),
            new ListeningBucketDto(new DateOnly(2027, 1, 1), 0, 0),
            new ListeningBucketDto(new DateOnly(2027, 2, 1), 90_000, 1),
            new ListeningBucketDto(new DateOnly(2027, 3, 1), 10_000, 0));
    }

    [Fact]
    public void HeatMap_HasSevenDaysOf24HoursMondayFirst_InTheUsersHours()
    {
        // Tuesday 19 January 2027 at 23:30 UTC is Wednesday 00:30 in Berlin.
        PlayMoment[] moments = [At("2027-01-19T23:30:00Z", 60_000), At("2027-01-19T23:45:00Z", 20_000)];

        var utc = ListeningStatistics.HeatMap(moments, Utc);
        var berlin = ListeningStatistics.HeatMap(moments, Berlin);

        utc.Should().HaveCount(7 * 24);
        utc[0].Should().Be(new HeatCellDto(DayOfWeek.Monday, 0, 0, 0));
        utc[^1].Should().Be(new HeatCellDto(DayOfWeek.Sunday, 23, 0, 0));
        utc.Where(c => c.MsPlayed > 0).Should().Equal(new HeatCellDto(DayOfWeek.Tuesday, 23, 80_000, 1));
        berlin.Where(c => c.MsPlayed > 0).Should().Equal(new HeatCellDto(DayOfWeek.Wednesday, 0, 80_000, 1));
        berlin[2 * 24].Should().Be(new HeatCellDto(DayOfWeek.Wednesday, 0, 80_000, 1));
    }

    [Fact]
    public void LongestSessions_SplitOnThirtyMinutesOfSilence_LongestFirstInTheUsersZone()
    {
        PlayMoment[] moments =
        [
            // Session 1: 06:57:00–07:03:30 (the second play starts 3 min 05 s after the first ends).
            At("2027-01-18T07:00:00Z", 180_000),
            At("2027-01-18T07:03:30Z", 25_000),

            // Session 2: starts 33 min 10 s after session 1 ended: 07:36:40–07:40:00.
            At("2027-01-18T07:40:00Z", 200_000),

            // Session 3: 23:26:00–23:33:00 across Berlin's midnight; the second play starts 30 s after the first ends.
            At("2027-01-19T23:30:00Z", 240_000),
            At("2027-01-19T23:33:00Z", 150_000),
        ];

        var sessions = ListeningStatistics.LongestSessions(moments, Berlin, 2);

        sessions.Should().Equal(
            new ListeningSessionDto(Local("2027-01-20T00:26:00+01:00"), Local("2027-01-20T00:33:00+01:00"), 2, 390_000),
            new ListeningSessionDto(Local("2027-01-18T07:57:00+01:00"), Local("2027-01-18T08:03:30+01:00"), 2, 205_000));
        sessions[0].Length.Should().Be(TimeSpan.FromMinutes(7));
        sessions[0].Start.Offset.Should().Be(TimeSpan.FromHours(1));
        ListeningStatistics.LongestSessions(moments, Utc, 5).Select(s => s.Length)
            .Should().Equal(TimeSpan.FromMinutes(7), TimeSpan.FromSeconds(390), TimeSpan.FromSeconds(200));
    }

    [Fact]
    public void LongestSessions_ExactlyThirtyMinutesOfSilence_StartsANewSession()
    {
        PlayMoment[] moments = [At("2027-01-18T07:00:00Z", 60_000), At("2027-01-18T07:31:00Z", 60_000)];

        ListeningStatistics.LongestSessions(moments, Utc, 5).Should().HaveCount(2);
        ListeningStatistics.LongestSessions([At("2027-01-18T07:00:00Z", 60_000), At("2027-01-18T07:30:59Z", 60_000)], Utc, 5)
            .Should().ContainSingle().Which.Plays.Should().Be(2);
    }

    private static PlayMoment At(string instant, int msPlayed) => new(DateTimeOffset.Parse(instant, null), msPlayed);

    private static DateTimeOffset Local(string instant) => DateTimeOffset.Parse(instant, null);
}
