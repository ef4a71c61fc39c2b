using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening;
using CleanSpotify.Domain.Listening;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IListeningHistoryReader"/>. Every query starts with the user and the period on
/// <c>PlayedAt</c> (Unix milliseconds, so the range and the ordering run in SQL on both providers and use the
/// <c>(AppUserId, PlayedAt, …)</c> indexes; counts and moments are read from the <c>(AppUserId, PlayedAt, MsPlayed)</c>
/// index alone); top tracks and albums are grouped, summed and ranked in SQL, top
/// artists in memory from a narrow read of the period.
/// </summary>
internal sealed class ListeningHistoryReader(CleanSpotifyDbContext db) : IListeningHistoryReader
{
    private (string AppUserId, PlayPeriod Period, ItemRow[] Rows)? _artistTotals;

    public Task<int> CountAsync(string appUserId, PlayPeriod period, CancellationToken cancellationToken) =>
        PlaysOf(appUserId, period).CountAsync(cancellationToken);

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

    public Task<IReadOnlyList<PlayedItemTotal>> TopAsync(
        string appUserId, PlayPeriod period, PlayedItemKind kind, PlayedItemOrder order, int take, CancellationToken cancellationToken) =>
        kind switch
        {
            PlayedItemKind.Artist => TopArtistsAsync(appUserId, period, order, take, cancellationToken),
            PlayedItemKind.Album => TopWithArtistsAsync(appUserId, period, p => p.AlbumName, p => p.AlbumName, order, take, cancellationToken),
            _ => TopWithArtistsAsync(appUserId, period, p => p.TrackId ?? p.TrackName, p => p.TrackName, order, take, cancellationToken),
        };

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

    private static IQueryable<ItemRow> Ranked(IQueryable<ItemRow> rows, PlayedItemOrder order, int take) =>
        (order == PlayedItemOrder.Time
            ? rows.OrderByDescending(r => r.MsPlayed).ThenByDescending(r => r.Streams)
            : rows.OrderByDescending(r => r.Streams).ThenByDescending(r => r.MsPlayed))
        .ThenBy(r => r.Key)
        .Take(take);

    /// <summary>Tracks or albums grouped by <paramref name="key"/>; each one's name and artists come from its latest play.</summary>
    private async Task<IReadOnlyList<PlayedItemTotal>> TopWithArtistsAsync(
        string appUserId,
        PlayPeriod period,
        Expression<Func<PlayRecord, string>> key,
        Func<PlayRecord, string> name,
        PlayedItemOrder order,
        int take,
        CancellationToken cancellationToken)
    {
        var plays = PlaysOf(appUserId, period);
        var rows = await Ranked(
            plays.GroupBy(key).Select(g => new ItemRow
            {
                Key = g.Key,
                Streams = g.Sum(p => p.MsPlayed >= ListeningRules.StreamThresholdMs ? 1 : 0),
                MsPlayed = g.Sum(p => (long)p.MsPlayed),
                First = g.Min(p => p.PlayedAt),
                Last = g.Max(p => p.PlayedAt),
            }),
            order,
            take).ToListAsync(cancellationToken);

        var keys = rows.Select(r => r.Key).ToArray();
        var latestIds = await plays.Where(KeyIn(key, keys)).GroupBy(key).Select(g => g.Max(p => p.Id)).ToListAsync(cancellationToken);
        var latest = await db.Plays.AsNoTracking().Where(p => latestIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var keyOf = key.Compile();
        var latestByKey = latest.ToDictionary(keyOf, StringComparer.Ordinal);
        return rows
            .Select(r => latestByKey.TryGetValue(r.Key, out var play) ? r.ToTotal(name(play), play.ArtistNames) : r.ToTotal(r.Key, []))
            .ToArray();
    }

    /// <summary>
    /// Artists are counted in memory from a narrow read (names, time, end): unnesting the name list in SQL needs a
    /// lateral join, which EF Core's SQLite provider refuses. The stats page asks for them by streams and by time; the
    /// totals of the last period read serve both, so a period's plays are read once per request (this reader is scoped).
    /// </summary>
    private async Task<IReadOnlyList<PlayedItemTotal>> TopArtistsAsync(
        string appUserId, PlayPeriod period, PlayedItemOrder order, int take, CancellationToken cancellationToken)
    {
        if (_artistTotals is not { } totals || totals.AppUserId != appUserId || totals.Period != period)
        {
            var plays = await PlaysOf(appUserId, period)
                .Select(p => new { p.ArtistNames, p.MsPlayed, p.PlayedAt })
                .ToListAsync(cancellationToken);
            var rows = plays
                .SelectMany(p => p.ArtistNames.Distinct(StringComparer.Ordinal), (p, artist) => (Artist: artist, p.MsPlayed, p.PlayedAt))
                .GroupBy(a => a.Artist, StringComparer.Ordinal)
                .Select(g => new ItemRow
                {
                    Key = g.Key,
                    Streams = g.Count(a => a.MsPlayed >= ListeningRules.StreamThresholdMs),
                    MsPlayed = g.Sum(a => (long)a.MsPlayed),
                    First = g.Min(a => a.PlayedAt),
                    Last = g.Max(a => a.PlayedAt),
                })
                .ToArray();
            totals = (appUserId, period, rows);
            _artistTotals = totals;
        }

        return Ranked(totals.Rows.AsQueryable(), order, take).AsEnumerable().Select(r => r.ToTotal(r.Key, [])).ToArray();
    }

    /// <summary><c>keys.Contains(key(p))</c> as one translatable predicate.</summary>
    private static Expression<Func<PlayRecord, bool>> KeyIn(Expression<Func<PlayRecord, string>> key, string[] keys) =>
        Expression.Lambda<Func<PlayRecord, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], Expression.Constant(keys), key.Body),
            key.Parameters);

    private sealed class ItemRow
    {
        public required string Key { get; init; }

        public required int Streams { get; init; }

        public required long MsPlayed { get; init; }

        public required DateTimeOffset First { get; init; }

        public required DateTimeOffset Last { get; init; }

        public PlayedItemTotal ToTotal(string name, IReadOnlyList<string> artists) => new(name, artists, Streams, MsPlayed, First, Last);
    }
}
