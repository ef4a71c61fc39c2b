using System.Globalization;
using CleanSpotify.Application.Listening;
using CleanSpotify.Application.Listening.GetListeningStats;

namespace CleanSpotify.Web.Models;

/// <summary><c>/stats</c>: the period and its presets, the totals, the two charts, the top lists and the longest sessions.</summary>
public sealed record StatsViewModel(
    string PeriodTitle,
    string? FromValue,
    string? ToValue,
    string TimeZone,
    IReadOnlyList<StatsPresetViewModel> Presets,
    string Plays,
    string Streams,
    string TimeListened,
    bool HasPlays,
    BarChartViewModel Chart,
    HeatMapViewModel HeatMap,
    IReadOnlyList<TopPlayedListViewModel> TopLists,
    IReadOnlyList<SessionRowViewModel> Sessions,
    string PeriodQuery,
    string HistoryUrl)
{
    public static StatsViewModel From(ListeningStatsDto stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var presets = StatsPresetViewModel.For(stats.Today, stats.From, stats.To);
        var title = presets.FirstOrDefault(p => p.IsCurrent)?.Label ?? (stats.From, stats.To) switch
        {
            ({ } from, { } to) => $"{ListeningFormat.LongDay(from)} to {ListeningFormat.LongDay(to)}",
            ({ } from, null) => $"Since {ListeningFormat.LongDay(from)}",
            (null, { } to) => $"Until {ListeningFormat.LongDay(to)}",
            _ => "All time",
        };
        var top = stats.Top;
        return new StatsViewModel(
            title,
            stats.From is { } f ? ListeningFormat.Day(f) : null,
            stats.To is { } t ? ListeningFormat.Day(t) : null,
            stats.TimeZone,
            presets,
            stats.Plays.ToString("N0", CultureInfo.InvariantCulture),
            stats.Streams.ToString("N0", CultureInfo.InvariantCulture),
            ListeningFormat.Listened(stats.MsListened),
            stats.Plays > 0,
            BarChartViewModel.From(stats.Buckets, stats.BucketSize),
            HeatMapViewModel.From(stats.HeatMap),
            [
                TopPlayedListViewModel.From("top-tracks-streams", "Top tracks by streams", top.TracksByStreams, PlayedItemOrder.Streams),
                TopPlayedListViewModel.From("top-tracks-time", "Top tracks by time listened", top.TracksByTime, PlayedItemOrder.Time),
                TopPlayedListViewModel.From("top-artists-streams", "Top artists by streams", top.ArtistsByStreams, PlayedItemOrder.Streams),
                TopPlayedListViewModel.From("top-artists-time", "Top artists by time listened", top.ArtistsByTime, PlayedItemOrder.Time),
                TopPlayedListViewModel.From("top-albums-streams", "Top albums by streams", top.AlbumsByStreams, PlayedItemOrder.Streams),
                TopPlayedListViewModel.From("top-albums-time", "Top albums by time listened", top.AlbumsByTime, PlayedItemOrder.Time),
            ],
            stats.Sessions.Select(SessionRowViewModel.From).ToArray(),
            ListeningFormat.PeriodQuery(stats.From, stats.To, '&'),
            "/history" + ListeningFormat.PeriodQuery(stats.From, stats.To));
    }
}

/// <summary>A period link: this week, this month, this year (each up to today, in the user's time zone), all time.</summary>
public sealed record StatsPresetViewModel(string Label, string Url, bool IsCurrent)
{
    public static IReadOnlyList<StatsPresetViewModel> For(DateOnly today, DateOnly? from, DateOnly? to)
    {
        StatsPresetViewModel Preset(string label, DateOnly? start) =>
            new(label, "/stats" + ListeningFormat.PeriodQuery(start, start is null ? null : today), from == start && to == (start is null ? null : today));

        return
        [
            Preset("This week", ListeningStatistics.BucketStart(today, ChartBucketSize.Week)),
            Preset("This month", ListeningStatistics.BucketStart(today, ChartBucketSize.Month)),
            Preset("This year", new DateOnly(today.Year, 1, 1)),
            Preset("All time", null),
        ];
    }
}

/// <summary>One bar of the chart, placed in the SVG's coordinates, with the figures of its table row.</summary>
public sealed record BarViewModel(string Label, string TimeListened, string Streams, string X, string Y, string Width, string Height);

/// <summary>The time-listened chart: bars in a <see cref="Width"/>×<see cref="Height"/> view box, and its text alternative.</summary>
public sealed record BarChartViewModel(
    string Title, string Description, string Unit, IReadOnlyList<BarViewModel> Bars, string MaxLabel, string FirstLabel, string LastLabel)
{
    public const int Width = 720;

    public const int Height = 220;

    /// <summary>The bars' area: from <see cref="PlotTop"/> down to <see cref="PlotBottom"/>; labels go below.</summary>
    public const int PlotTop = 24;

    public const int PlotBottom = 190;

    public static BarChartViewModel From(IReadOnlyList<ListeningBucketDto> buckets, ChartBucketSize size)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        var max = Math.Max(1, buckets.Count == 0 ? 0 : buckets.Max(b => b.MsPlayed));
        var slot = (double)Width / Math.Max(1, buckets.Count);
        var bars = buckets.Select((bucket, index) =>
        {
            var height = (double)bucket.MsPlayed / max * (PlotBottom - PlotTop);
            return new BarViewModel(
                Label(bucket.Start, size),
                ListeningFormat.Listened(bucket.MsPlayed),
                bucket.Streams.ToString("N0", CultureInfo.InvariantCulture),
                Number((index * slot) + (slot * 0.1)),
                Number(PlotBottom - height),
                Number(Math.Max(1, slot * 0.8)),
                Number(height));
        }).ToArray();
        var unit = size switch { ChartBucketSize.Week => "week", ChartBucketSize.Month => "month", _ => "day" };
        var busiest = buckets.Count == 0 ? null : buckets.MaxBy(b => b.MsPlayed);
        var description = busiest is null || busiest.MsPlayed == 0
            ? "No listening in this period."
            : $"{bars.Length} bars from {bars[0].Label} to {bars[^1].Label}. The busiest {unit} was {Label(busiest.Start, size)} with {ListeningFormat.Listened(busiest.MsPlayed)}.";
        return new BarChartViewModel(
            $"Time listened per {unit}",
            description,
            unit,
            bars,
            busiest is null ? string.Empty : "Busiest: " + ListeningFormat.Listened(busiest.MsPlayed),
            bars.Length == 0 ? string.Empty : bars[0].Label,
            bars.Length == 0 ? string.Empty : bars[^1].Label);
    }

    public static string Label(DateOnly start, ChartBucketSize size) => size switch
    {
        ChartBucketSize.Week => "week of " + start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        ChartBucketSize.Month => start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => start.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture),
    };

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>One heat-map cell: its place, its shade (0 = none to 4 = the busiest hours) and its figures.</summary>
public sealed record HeatCellViewModel(string X, string Y, int Level, string Label, string TimeListened);

/// <summary>Listening by weekday (rows, Monday first) and hour (columns), and the same figures as a table.</summary>
public sealed record HeatMapViewModel(IReadOnlyList<string> Days, IReadOnlyList<IReadOnlyList<HeatCellViewModel>> Rows, string Description)
{
    public const int LabelWidth = 44;

    public const int HeaderHeight = 18;

    public const int CellWidth = 24;

    public const int CellHeight = 22;

    public const int Width = LabelWidth + (24 * CellWidth);

    public const int Height = HeaderHeight + (7 * CellHeight);

    public static HeatMapViewModel From(IReadOnlyList<HeatCellDto> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var max = Math.Max(1, cells.Count == 0 ? 0 : cells.Max(c => c.MsPlayed));
        var days = ListeningStatistics.WeekDays;
        var rows = days.Select((day, row) => (IReadOnlyList<HeatCellViewModel>)cells
            .Where(c => c.Day == day)
            .OrderBy(c => c.Hour)
            .Select(c => new HeatCellViewModel(
                (LabelWidth + (c.Hour * CellWidth)).ToString(CultureInfo.InvariantCulture),
                (HeaderHeight + (row * CellHeight)).ToString(CultureInfo.InvariantCulture),
                c.MsPlayed == 0 ? 0 : (int)Math.Ceiling(4.0 * c.MsPlayed / max),
                string.Create(CultureInfo.InvariantCulture, $"{day} {c.Hour:00}:00 to {c.Hour:00}:59"),
                ListeningFormat.Listened(c.MsPlayed)))
            .ToArray()).ToArray();
        var busiest = cells.Count == 0 ? null : cells.MaxBy(c => c.MsPlayed);
        var description = busiest is null || busiest.MsPlayed == 0
            ? "No listening in this period."
            : string.Create(CultureInfo.InvariantCulture, $"Darker cells mean more time listened. The busiest hour is {busiest.Day} {busiest.Hour:00}:00 with {ListeningFormat.Listened(busiest.MsPlayed)}.");
        return new HeatMapViewModel(days.Select(d => d.ToString()).ToArray(), rows, description);
    }
}

/// <summary>A top list of the period: its items with streams, time listened, first and last listen.</summary>
public sealed record TopPlayedListViewModel(string Id, string Title, IReadOnlyList<TopPlayedRowViewModel> Items)
{
    public static TopPlayedListViewModel From(string id, string title, IReadOnlyList<PlayedItemTotal> items, PlayedItemOrder order)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new TopPlayedListViewModel(id, title, items.Select(i => TopPlayedRowViewModel.From(i, order)).ToArray());
    }
}

/// <summary>One ranked item; <see cref="Figure"/> is what it is ranked by, <see cref="Other"/> the other figure.</summary>
public sealed record TopPlayedRowViewModel(string Name, string? Artists, string Figure, string Other, string FirstListen, string LastListen)
{
    public static TopPlayedRowViewModel From(PlayedItemTotal item, PlayedItemOrder order)
    {
        ArgumentNullException.ThrowIfNull(item);
        var streams = ListeningFormat.Count(item.Streams, "stream");
        var time = ListeningFormat.Listened(item.MsPlayed);
        return new TopPlayedRowViewModel(
            item.Name,
            item.Artists.Count == 0 ? null : string.Join(", ", item.Artists),
            order == PlayedItemOrder.Time ? time : streams,
            order == PlayedItemOrder.Time ? streams : time,
            ListeningFormat.DayAndTime(item.FirstPlayedAt),
            ListeningFormat.DayAndTime(item.LastPlayedAt));
    }
}

/// <summary>A listening session: when it started and ended (local), how long it lasted, its plays and time listened.</summary>
public sealed record SessionRowViewModel(string Start, string StartIso, string End, string Length, string Plays, string TimeListened)
{
    public static SessionRowViewModel From(ListeningSessionDto session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var sameDay = session.Start.Date == session.End.Date;
        return new SessionRowViewModel(
            ListeningFormat.DayAndTime(session.Start),
            ListeningFormat.Iso(session.Start),
            session.End.ToString(sameDay ? "HH:mm" : "d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture),
            ListeningFormat.Listened((long)session.Length.TotalMilliseconds),
            ListeningFormat.Count(session.Plays, "play"),
            ListeningFormat.Listened(session.MsPlayed));
    }
}
