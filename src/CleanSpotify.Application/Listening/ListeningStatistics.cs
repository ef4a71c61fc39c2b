namespace CleanSpotify.Application.Listening;

/// <summary>
/// The figures of <c>/stats</c> computed from narrow rows in memory, in the user's time zone: every play belongs to
/// the local day, weekday and hour in which it ended.
/// </summary>
public static class ListeningStatistics
{
    /// <summary>Periods up to this many days are charted per day, up to <see cref="MaxWeeklyDays"/> per week, longer ones per month.</summary>
    public const int MaxDailyDays = 62;

    public const int MaxWeeklyDays = 371;

    public static bool IsStream(int msPlayed) => msPlayed >= ListeningRules.StreamThresholdMs;

    public static int Streams(IEnumerable<PlayMoment> moments) => moments.Count(m => IsStream(m.MsPlayed));

    public static long MsPlayed(IEnumerable<PlayMoment> moments) => moments.Sum(m => (long)m.MsPlayed);

    /// <summary>Days for up to two months, weeks for up to about a year, months beyond.</summary>
    public static ChartBucketSize BucketSizeFor(DateOnly first, DateOnly last)
    {
        var days = last.DayNumber - first.DayNumber + 1;
        return days <= MaxDailyDays ? ChartBucketSize.Day : days <= MaxWeeklyDays ? ChartBucketSize.Week : ChartBucketSize.Month;
    }

    /// <summary>The first day of the bucket holding <paramref name="day"/>.</summary>
    public static DateOnly BucketStart(DateOnly day, ChartBucketSize size) => size switch
    {
        ChartBucketSize.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        ChartBucketSize.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    /// <summary>Every bucket from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>, empty ones included.</summary>
    public static IReadOnlyList<ListeningBucketDto> Buckets(
        IEnumerable<PlayMoment> moments, TimeZoneInfo zone, DateOnly first, DateOnly last, ChartBucketSize size)
    {
        var local = new LocalTimes(zone);
        var totals = new Dictionary<DateOnly, (long Ms, int Streams)>();
        foreach (var moment in moments)
        {
            var bucket = BucketStart(DateOnly.FromDateTime(local.ToLocal(moment.PlayedAt)), size);
            var (ms, streams) = totals.GetValueOrDefault(bucket);
            totals[bucket] = (ms + moment.MsPlayed, streams + (IsStream(moment.MsPlayed) ? 1 : 0));
        }

        var buckets = new List<ListeningBucketDto>();
        for (var start = BucketStart(first, size); start <= last; start = Next(start, size))
        {
            var (ms, streams) = totals.GetValueOrDefault(start);
            buckets.Add(new ListeningBucketDto(start, ms, streams));
        }

        return buckets;
    }

    /// <summary>Seven rows (Monday to Sunday) of 24 hours each, in that order.</summary>
    public static IReadOnlyList<HeatCellDto> HeatMap(IEnumerable<PlayMoment> moments, TimeZoneInfo zone)
    {
        var local = new LocalTimes(zone);
        var ms = new long[7, 24];
        var streams = new int[7, 24];
        foreach (var moment in moments)
        {
            var time = local.ToLocal(moment.PlayedAt);
            ms[(int)time.DayOfWeek, time.Hour] += moment.MsPlayed;
            streams[(int)time.DayOfWeek, time.Hour] += IsStream(moment.MsPlayed) ? 1 : 0;
        }

        return WeekDays
            .SelectMany(day => Enumerable.Range(0, 24).Select(hour => new HeatCellDto(day, hour, ms[(int)day, hour], streams[(int)day, hour])))
            .ToArray();
    }

    /// <summary>Monday first, as the heat map's rows.</summary>
    public static IReadOnlyList<DayOfWeek> WeekDays { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>
    /// The <paramref name="take"/> longest sessions, longest first. A play began <c>ms_played</c> before it ended; a
    /// play that begins less than <see cref="ListeningRules.SessionBreak"/> after the session's last end (or overlaps
    /// it) continues the session.
    /// </summary>
    public static IReadOnlyList<ListeningSessionDto> LongestSessions(IEnumerable<PlayMoment> moments, TimeZoneInfo zone, int take)
    {
        var sessions = new List<ListeningSessionDto>();
        ListeningSessionDto? current = null;
        foreach (var moment in moments.OrderBy(m => m.PlayedAt))
        {
            var start = moment.PlayedAt.AddMilliseconds(-moment.MsPlayed);
            if (current is not null && start - current.End < ListeningRules.SessionBreak)
            {
                current = current with
                {
                    Start = start < current.Start ? start : current.Start,
                    End = moment.PlayedAt > current.End ? moment.PlayedAt : current.End,
                    Plays = current.Plays + 1,
                    MsPlayed = current.MsPlayed + moment.MsPlayed,
                };
                continue;
            }

            if (current is not null)
            {
                sessions.Add(current);
            }

            current = new ListeningSessionDto(start, moment.PlayedAt, 1, moment.MsPlayed);
        }

        if (current is not null)
        {
            sessions.Add(current);
        }

        return sessions
            .OrderByDescending(s => s.Length)
            .ThenByDescending(s => s.End)
            .Take(take)
            .Select(s => s with { Start = ListeningClock.ToLocal(s.Start, zone), End = ListeningClock.ToLocal(s.End, zone) })
            .ToArray();
    }

    private static DateOnly Next(DateOnly start, ChartBucketSize size) => size switch
    {
        ChartBucketSize.Week => start.AddDays(7),
        ChartBucketSize.Month => start.AddMonths(1),
        _ => start.AddDays(1),
    };
}
