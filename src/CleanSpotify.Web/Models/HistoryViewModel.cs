using System.Globalization;
using CleanSpotify.Application.Listening.GetListeningHistory;

namespace CleanSpotify.Web.Models;

/// <summary>
/// <c>/history</c>: the page's plays and gaps by local day, newest first, with the pager, the period form and the
/// download links.
/// </summary>
public sealed record HistoryViewModel(
    string? FromValue,
    string? ToValue,
    string TimeZone,
    int Total,
    bool HasAnyPlays,
    bool HasGaps,
    IReadOnlyList<HistoryDayViewModel> Days,
    int Page,
    int PageCount,
    string? PreviousUrl,
    string? NextUrl,
    string PeriodQuery,
    string StatsUrl)
{
    public const string ImportPath = "/history/import";

    public static HistoryViewModel From(ListeningHistoryDto history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var entries = history.Plays
            .Select(p => (At: p.PlayedAt, Entry: new HistoryEntryViewModel(HistoryPlayRowViewModel.From(p), null)))
            .Concat(history.Gaps.Select(g => (At: g.To, Entry: new HistoryEntryViewModel(null, HistoryGapRowViewModel.From(g)))))
            .OrderByDescending(e => e.At);
        var days = entries
            .GroupBy(e => DateOnly.FromDateTime(e.At.DateTime))
            .Select(d => new HistoryDayViewModel(
                d.Key.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
                ListeningFormat.Day(d.Key),
                d.Select(e => e.Entry).ToArray()))
            .ToArray();
        var period = ListeningFormat.PeriodQuery(history.From, history.To, '&');
        return new HistoryViewModel(
            history.From is { } from ? ListeningFormat.Day(from) : null,
            history.To is { } to ? ListeningFormat.Day(to) : null,
            history.TimeZone,
            history.Total,
            history.HasAnyPlays,
            history.Gaps.Count > 0,
            days,
            history.Page,
            history.PageCount,
            history.HasPrevious ? PageUrl(history.Page - 1, period) : null,
            history.HasNext ? PageUrl(history.Page + 1, period) : null,
            period,
            "/stats" + ListeningFormat.PeriodQuery(history.From, history.To));
    }

    private static string PageUrl(int page, string period) =>
        string.Create(CultureInfo.InvariantCulture, $"/history?page={page}{period}");
}

/// <summary>One local day's plays and gaps; <see cref="Date"/> is yyyy-MM-dd.</summary>
public sealed record HistoryDayViewModel(string Heading, string Date, IReadOnlyList<HistoryEntryViewModel> Entries);

/// <summary>A play or a gap, in time order within its day.</summary>
public sealed record HistoryEntryViewModel(HistoryPlayRowViewModel? Play, HistoryGapRowViewModel? Gap);

/// <summary>One play: local end time, track, artists, album art and how long it was played (≈ when estimated).</summary>
public sealed record HistoryPlayRowViewModel(
    string Time,
    string TimeIso,
    string TrackName,
    string Artists,
    string AlbumName,
    Uri? ImageUrl,
    string Duration,
    bool DurationEstimated)
{
    public static HistoryPlayRowViewModel From(HistoryPlayDto play)
    {
        ArgumentNullException.ThrowIfNull(play);
        return new HistoryPlayRowViewModel(
            play.PlayedAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            ListeningFormat.Iso(play.PlayedAt),
            play.TrackName,
            string.Join(", ", play.Artists),
            play.AlbumName,
            play.ImageUrl,
            TopTrackRowViewModel.FormatDuration(TimeSpan.FromMilliseconds(play.MsPlayed)),
            play.MsPlayedEstimated);
    }
}

/// <summary>A stretch in which plays may be missing, in the user's time zone.</summary>
public sealed record HistoryGapRowViewModel(string Start, string End)
{
    public static HistoryGapRowViewModel From(HistoryGapDto gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return new HistoryGapRowViewModel(ListeningFormat.DayAndTime(gap.From), ListeningFormat.DayAndTime(gap.To));
    }
}
