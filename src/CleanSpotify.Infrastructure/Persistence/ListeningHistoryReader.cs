using System.Globalization;
using System.Runtime.CompilerServices;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening;
using CleanSpotify.Domain.Listening;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IListeningHistoryReader"/>. Plays are read by user and period on <c>PlayedAt</c> (Unix
/// milliseconds, so the range and the ordering run in SQL on both providers and use the <c>(AppUserId, PlayedAt, …)</c>
/// indexes; moments come from the <c>(AppUserId, PlayedAt, MsPlayed)</c> index alone). Counts and top lists come from
/// the stored <see cref="PlayTotalRecord"/> rows: all time from the all-time rows (the top 50 straight from their
/// index), any other period from the whole UTC months inside it plus the loose plays before and after them.
/// </summary>
internal sealed class ListeningHistoryReader(CleanSpotifyDbContext db) : IListeningHistoryReader
{
    /// <summary>The last period's item totals: the stats page asks for three kinds in two orders each.</summary>
    private (string AppUserId, PlayPeriod Period, PeriodTotals Totals)? _periodTotals;

    public async Task<int> CountAsync(string appUserId, PlayPeriod period, CancellationToken cancellationToken)
    {
        var parts = PeriodParts.Of(period);
        var count = parts.IsAllTime || parts.Months is not null
            ? await TotalsOf(appUserId, parts).Where(t => t.Kind == PlayTotalKind.Plays).SumAsync(t => t.Plays, cancellationToken)
            : 0;
        foreach (var loose in parts.Loose)
        {
            count += await PlaysOf(appUserId, loose).CountAsync(cancellationToken);
        }

        return count;
    }

    public async Task<string> VersionAsync(string appUserId, CancellationToken cancellationToken)
    {
        var all = await db.PlayTotals.AsNoTracking()
            .Where(t => t.AppUserId == appUserId && t.Month == PlayTotalRecord.AllTime && t.Kind == PlayTotalKind.Plays)
            .Select(t => new { t.Plays, t.Streams, t.MsPlayed, t.FirstPlayedAt, t.LastPlayedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return all is null
            ? "none"
            : string.Create(CultureInfo.InvariantCulture, $"{all.Plays}-{all.Streams}-{all.MsPlayed}-{all.FirstPlayedAt.ToUnixTimeMilliseconds()}-{all.LastPlayedAt.ToUnixTimeMilliseconds()}");
    }

    public async Task<IReadOnlyList<Play>> ListAsync(string appUserId, PlayPeriod period, int skip, int take, CancellationToken cancellationToken)
    {
        var records = await PlaysOf(appUserId, period)
            .OrderByDescending(p => p.PlayedAt)
            .ThenByDescending(p => p.Id)
            .Skip(skip)
            .Take(take)
            .ToListAsync(cancellationToken);
        return records.Select(r => r.ToPlay()).ToArray();
    }

    public async IAsyncEnumerable<Play> ReadAllAsync(string appUserId, PlayPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var records = PlaysOf(appUserId, period).OrderBy(p => p.PlayedAt).ThenBy(p => p.Id).AsAsyncEnumerable();
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            yield return record.ToPlay();
        }
    }

    public async Task<IReadOnlyList<PlayMoment>> ListMomentsAsync(string appUserId, PlayPeriod period, CancellationToken cancellationToken) =>
        await PlaysOf(appUserId, period)
            .OrderBy(p => p.PlayedAt)
            .Select(p => new PlayMoment(p.PlayedAt, p.MsPlayed))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PlayedItemTotal>> TopAsync(
        string appUserId, PlayPeriod period, PlayedItemKind kind, PlayedItemOrder order, int take, CancellationToken cancellationToken)
    {
        var totalKind = kind switch
        {
            PlayedItemKind.Artist => PlayTotalKind.Artist,
            PlayedItemKind.Album => PlayTotalKind.Album,
            _ => PlayTotalKind.Track,
        };
        var parts = PeriodParts.Of(period);
        if (parts.IsAllTime)
        {
            var rows = TotalsOf(appUserId, parts).Where(t => t.Kind == totalKind);
            var ranked = order == PlayedItemOrder.Time
                ? rows.OrderByDescending(t => t.MsPlayed).ThenByDescending(t => t.Streams)
                : rows.OrderByDescending(t => t.Streams).ThenByDescending(t => t.MsPlayed);
            var top = await ranked.ThenBy(t => t.Key).Take(take).ToListAsync(cancellationToken);
            return top.Select(ToTotal).ToArray();
        }

        var totals = await PeriodTotalsAsync(appUserId, period, parts, cancellationToken);
        var items = totals.Items.Values.Where(t => t.Kind == totalKind);
        var winners = (order == PlayedItemOrder.Time
                ? items.OrderByDescending(t => t.MsPlayed).ThenByDescending(t => t.Streams)
                : items.OrderByDescending(t => t.Streams).ThenByDescending(t => t.MsPlayed))
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(take)
            .ToArray();
        var latest = await LatestNamesAsync(appUserId, parts, totals, winners, cancellationToken);
        return winners.Select(w => new PlayedItemTotal(latest[w.Key].Name, latest[w.Key].ArtistNames, w.Streams, w.MsPlayed, w.First, w.Last)).ToArray();
    }

    public async Task<IReadOnlyList<ListeningGap>> ListGapsAsync(string appUserId, PlayPeriod period, CancellationToken cancellationToken)
    {
        var gaps = db.ListeningGaps.AsNoTracking().Where(g => g.AppUserId == appUserId);
        if (period.From is { } from)
        {
            gaps = gaps.Where(g => g.To > from);
        }

        if (period.To is { } to)
        {
            gaps = gaps.Where(g => g.From < to);
        }

        var records = await gaps.OrderByDescending(g => g.To).ToListAsync(cancellationToken);
        return records.Select(r => r.ToGap()).ToArray();
    }

    private IQueryable<PlayRecord> PlaysOf(string appUserId, PlayPeriod period)
    {
        var plays = db.Plays.AsNoTracking().Where(p => p.AppUserId == appUserId);
        if (period.From is { } from)
        {
            plays = plays.Where(p => p.PlayedAt >= from);
        }

        if (period.To is { } to)
        {
            plays = plays.Where(p => p.PlayedAt < to);
        }

        return plays;
    }

    /// <summary>The stored totals a period's counts come from: the all-time rows, or those of the whole months inside it.</summary>
    private IQueryable<PlayTotalRecord> TotalsOf(string appUserId, PeriodParts parts)
    {
        var totals = db.PlayTotals.AsNoTracking().Where(t => t.AppUserId == appUserId);
        if (parts.IsAllTime)
        {
            return totals.Where(t => t.Month == PlayTotalRecord.AllTime);
        }

        if (parts.Months is not { } months)
        {
            return totals.Where(_ => false);
        }

        var (first, end) = months;
        totals = totals.Where(t => t.Month != PlayTotalRecord.AllTime);
        if (first is { } from)
        {
            totals = totals.Where(t => t.Month >= from);
        }

        if (end is { } to)
        {
            totals = totals.Where(t => t.Month < to);
        }

        return totals;
    }

    /// <summary>
    /// Every track's, album's and artist's totals in the period: the whole months' rows summed by the database (names
    /// left out: they are looked up for the items shown), plus its loose plays counted here.
    /// </summary>
    private async Task<PeriodTotals> PeriodTotalsAsync(string appUserId, PlayPeriod period, PeriodParts parts, CancellationToken cancellationToken)
    {
        if (_periodTotals is { } cached && cached.AppUserId == appUserId && cached.Period == period)
        {
            return cached.Totals;
        }

        var loose = new PlayTally();
        foreach (var stretch in parts.Loose)
        {
            await foreach (var play in PlaysOf(appUserId, stretch).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                loose.Add(appUserId, play, [PlayTotalRecord.AllTime]);
            }
        }

        var months = await TotalsOf(appUserId, parts)
            .Where(t => t.Kind != PlayTotalKind.Plays)
            .GroupBy(t => new { t.Kind, t.Key })
            .Select(g => new ItemSums(
                g.Key.Kind, g.Key.Key, g.Sum(t => t.Streams), g.Sum(t => t.MsPlayed), g.Min(t => t.FirstPlayedAt), g.Max(t => t.LastPlayedAt)))
            .ToListAsync(cancellationToken);
        var items = months.ToDictionary(m => (m.Kind, m.Key));
        var looseItems = loose.Rows.Where(r => r.Kind != PlayTotalKind.Plays).ToDictionary(r => (r.Kind, r.Key));
        foreach (var (key, row) in looseItems)
        {
            var sums = new ItemSums(row.Kind, row.Key, row.Streams, row.MsPlayed, row.FirstPlayedAt, row.LastPlayedAt);
            items[key] = items.TryGetValue(key, out var stored) ? stored.Plus(sums) : sums;
        }

        var totals = new PeriodTotals(items, looseItems);
        _periodTotals = (appUserId, period, totals);
        return totals;
    }

    /// <summary>
    /// The name and artists of each winner's latest play in the period: from its loose plays when one of them is the
    /// latest, otherwise from the month row that holds its last play (its primary key: user, that month, kind, key).
    /// Names found are kept with the period's totals, so the second order of a kind looks up only its new items.
    /// </summary>
    private async Task<Dictionary<string, (string Name, List<string> ArtistNames)>> LatestNamesAsync(
        string appUserId, PeriodParts parts, PeriodTotals totals, ItemSums[] winners, CancellationToken cancellationToken)
    {
        var wanted = new List<ItemSums>();
        foreach (var winner in winners.Where(w => !totals.Names.ContainsKey((w.Kind, w.Key))))
        {
            if (winner.Kind == PlayTotalKind.Artist)
            {
                totals.Names[(winner.Kind, winner.Key)] = (winner.Key, []);
            }
            else if (totals.Loose.TryGetValue((winner.Kind, winner.Key), out var loose) && loose.LastPlayedAt >= winner.Last)
            {
                totals.Names[(winner.Kind, winner.Key)] = (loose.Name, loose.ArtistNames);
            }
            else
            {
                wanted.Add(winner);
            }
        }

        if (wanted.Count > 0)
        {
            var kind = wanted[0].Kind;
            var keys = wanted.Select(w => w.Key).ToArray();
            var months = wanted.Select(w => PlayTally.MonthOf(w.Last)).Distinct().ToArray();
            var rows = await TotalsOf(appUserId, parts)
                .Where(t => t.Kind == kind && months.Contains(t.Month) && keys.Contains(t.Key))
                .ToListAsync(cancellationToken);
            foreach (var row in rows.Where(r => wanted.Any(w => w.Key == r.Key && PlayTally.MonthOf(w.Last) == r.Month)))
            {
                totals.Names[(kind, row.Key)] = (row.Name, row.ArtistNames);
            }
        }

        return winners.ToDictionary(w => w.Key, w => totals.Names[(w.Kind, w.Key)], StringComparer.Ordinal);
    }

    private static PlayedItemTotal ToTotal(PlayTotalRecord row) =>
        new(row.Name, row.ArtistNames, row.Streams, row.MsPlayed, row.FirstPlayedAt, row.LastPlayedAt);

    /// <summary>One item's streams, time and first and last play over some months or loose plays.</summary>
    private sealed record ItemSums(PlayTotalKind Kind, string Key, int Streams, long MsPlayed, DateTimeOffset First, DateTimeOffset Last)
    {
        public ItemSums Plus(ItemSums other) => this with
        {
            Streams = Streams + other.Streams,
            MsPlayed = MsPlayed + other.MsPlayed,
            First = First < other.First ? First : other.First,
            Last = Last > other.Last ? Last : other.Last,
        };
    }

    /// <summary>A period's items (whole months and loose plays together) and the loose plays' own totals, which carry names.</summary>
    private sealed record PeriodTotals(
        Dictionary<(PlayTotalKind Kind, string Key), ItemSums> Items,
        Dictionary<(PlayTotalKind Kind, string Key), PlayTotalRecord> Loose)
    {
        /// <summary>The names and artists looked up so far for the items shown.</summary>
        public Dictionary<(PlayTotalKind Kind, string Key), (string Name, List<string> ArtistNames)> Names { get; } = [];
    }

    /// <summary>
    /// A period cut into the whole UTC months inside it (<see cref="Months"/>: first month and the month after the
    /// last, <c>yyyyMM</c>, an open bound for an open end) and the loose stretches before and after them.
    /// </summary>
    private sealed record PeriodParts(bool IsAllTime, (int? First, int? End)? Months, IReadOnlyList<PlayPeriod> Loose)
    {
        public static PeriodParts Of(PlayPeriod period)
        {
            if (period.From is null && period.To is null)
            {
                return new PeriodParts(true, null, []);
            }

            var wholeFrom = period.From is { } from ? MonthStartOnOrAfter(from) : (DateTimeOffset?)null;
            var wholeTo = period.To is { } to ? MonthStartOnOrBefore(to) : (DateTimeOffset?)null;
            if (wholeFrom >= wholeTo)
            {
                return new PeriodParts(false, null, [period]);
            }

            var loose = new List<PlayPeriod>();
            if (wholeFrom is { } start && period.From < start)
            {
                loose.Add(new PlayPeriod(period.From, start));
            }

            if (wholeTo is { } end && end < period.To)
            {
                loose.Add(new PlayPeriod(end, period.To));
            }

            return new PeriodParts(
                false,
                (wholeFrom is { } first ? PlayTally.MonthOf(first) : null, wholeTo is { } last ? PlayTally.MonthOf(last) : null),
                loose);
        }

        private static DateTimeOffset MonthStartOnOrBefore(DateTimeOffset instant)
        {
            var utc = instant.UtcDateTime;
            return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
        }

        private static DateTimeOffset MonthStartOnOrAfter(DateTimeOffset instant)
        {
            var start = MonthStartOnOrBefore(instant);
            return start == instant ? start : start.AddMonths(1);
        }
    }
}
