using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Listening;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IListeningHistoryStore"/>: plays checked against the stored ones before insert, and the
/// unique index behind that. New plays go in through <see cref="PlayInserter"/>, untracked: a collector sweep shares
/// this context across up to 200 users, and tracked rows would make every later save compare them all (issue 15).
/// Each stored play is counted in the user's <see cref="PlayTotals"/> in the same transaction.
/// </summary>
internal sealed class ListeningHistoryStore(CleanSpotifyDbContext db, PlayInserter inserter, PlayTotals totals, IUnitOfWork unitOfWork) : IListeningHistoryStore
{
    public async Task<int> AddPlaysAsync(string appUserId, IReadOnlyList<Play> plays, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plays);
        if (plays.Count == 0)
        {
            return 0;
        }

        var from = plays.Min(p => p.PlayedAt);
        var to = plays.Max(p => p.PlayedAt);
        var stored = await db.Plays.AsNoTracking()
            .Where(p => p.AppUserId == appUserId && p.PlayedAt >= from && p.PlayedAt <= to)
            .Select(p => new { p.PlayedAt, p.TrackId })
            .ToListAsync(cancellationToken);
        var seen = stored.Select(p => (p.PlayedAt, p.TrackId)).ToHashSet();
        var fresh = plays.Where(p => seen.Add((p.PlayedAt, p.TrackId))).Select(p => PlayRecord.From(appUserId, p)).ToArray();
        if (fresh.Length == 0)
        {
            return 0;
        }

        try
        {
            return await unitOfWork.InTransactionAsync(
                async token =>
                {
                    await inserter.InsertAsync(fresh, token);
                    foreach (var play in fresh)
                    {
                        totals.Added(appUserId, play);
                    }

                    return fresh.Length;
                },
                cancellationToken);
        }
        catch (Exception exception) when (db.IsUniqueViolation(exception))
        {
            // Stored meanwhile by another writer (an import): keep the plays that are still new, one at a time.
            db.ChangeTracker.Clear();
            return await AddOneByOneAsync(fresh, cancellationToken);
        }
    }

    public async Task AddGapAsync(string appUserId, ListeningGap gap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gap);
        db.ListeningGaps.Add(new ListeningGapRecord { AppUserId = appUserId, From = gap.From, To = gap.To, DetectedAt = gap.DetectedAt });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ListeningHistorySummary> SummarizeAsync(string appUserId, CancellationToken cancellationToken)
    {
        var plays = db.Plays.AsNoTracking().Where(p => p.AppUserId == appUserId);
        var count = await plays.CountAsync(cancellationToken);
        if (count == 0)
        {
            return new ListeningHistorySummary(0, null, null);
        }

        var first = await plays.OrderBy(p => p.PlayedAt).Select(p => p.PlayedAt).FirstAsync(cancellationToken);
        var last = await plays.OrderByDescending(p => p.PlayedAt).Select(p => p.PlayedAt).FirstAsync(cancellationToken);
        return new ListeningHistorySummary(count, first, last);
    }

    public async Task<int> DeleteForUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        var deleted = await db.Plays.Where(p => p.AppUserId == appUserId).ExecuteDeleteAsync(cancellationToken);
        await db.ListeningGaps.Where(g => g.AppUserId == appUserId).ExecuteDeleteAsync(cancellationToken);
        await db.PlayCollections.Where(c => c.AppUserId == appUserId).ExecuteDeleteAsync(cancellationToken);
        await db.PlayTotals.Where(t => t.AppUserId == appUserId).ExecuteDeleteAsync(cancellationToken);
        return deleted;
    }

    private async Task<int> AddOneByOneAsync(IEnumerable<PlayRecord> plays, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var play in plays)
        {
            try
            {
                await unitOfWork.InTransactionAsync(
                    async token =>
                    {
                        db.Plays.Add(play);
                        await db.SaveChangesAsync(token);
                        db.Entry(play).State = EntityState.Detached;
                        totals.Added(play.AppUserId, play);
                        return true;
                    },
                    cancellationToken);
                added++;
            }
            catch (DbUpdateException exception) when (db.IsUniqueViolation(exception))
            {
                db.ChangeTracker.Clear();
            }
        }

        return added;
    }
}
