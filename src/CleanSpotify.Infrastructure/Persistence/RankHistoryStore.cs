using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IRankHistoryStore"/>: a compact table, one row per user, list, range and day. Recording
/// prunes the user's own rows past the retention (an index seek, not a scan of every user's rows), writes only while
/// the page's link exists, and detaches the saved row, so a writer's long-lived context stays small.
/// </summary>
internal sealed class RankHistoryStore(CleanSpotifyDbContext db, IRankSnapshotRecorder queued) : IRankHistoryStore
{
    public async Task<bool> RecordAsync(RankSnapshotPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (user, kind, range, day, offset, itemIds) = page;
        var appUserId = user.AppUserId;

        // The prune writes first, so on SQLite this transaction is the writer before the link is looked for.
        var oldest = day.AddDays(-(int)RankSnapshot.Retention.TotalDays);
        await db.RankSnapshots.Where(s => s.AppUserId == appUserId && s.Day < oldest).ExecuteDeleteAsync(cancellationToken);
        if (!await db.HoldLinkAsync(user.LinkId, cancellationToken))
        {
            return false;
        }

        var record = await db.RankSnapshots.SingleOrDefaultAsync(
            s => s.AppUserId == appUserId && s.Kind == kind && s.Range == range && s.Day == day, cancellationToken);
        if (record is null)
        {
            record = new RankSnapshotRecord { AppUserId = appUserId, Kind = kind, Range = range, Day = day, ItemIds = string.Empty };
            db.RankSnapshots.Add(record);
        }

        record.ItemIds = RankSnapshotRecord.Encode(record.ToSnapshot().WithPage(offset, itemIds));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(record).State = EntityState.Detached;
            return true;
        }
        catch (DbUpdateException exception) when (db.IsUniqueViolation(exception))
        {
            // Another instance recorded the same day's snapshot first; history is best effort.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public async Task<RankSnapshot?> FindLatestBeforeAsync(string appUserId, TopListKind kind, TimeRange range, DateOnly day, CancellationToken cancellationToken)
    {
        var record = await db.RankSnapshots.AsNoTracking()
            .Where(s => s.AppUserId == appUserId && s.Kind == kind && s.Range == range && s.Day < day)
            .OrderByDescending(s => s.Day)
            .FirstOrDefaultAsync(cancellationToken);
        return record?.ToSnapshot();
    }

    public async Task<IReadOnlyList<RankSnapshot>> ListAsync(string appUserId, TopListKind kind, TimeRange range, CancellationToken cancellationToken)
    {
        await queued.FlushAsync(cancellationToken);
        var records = await db.RankSnapshots.AsNoTracking()
            .Where(s => s.AppUserId == appUserId && s.Kind == kind && s.Range == range)
            .OrderBy(s => s.Day)
            .ToListAsync(cancellationToken);
        return records.Select(r => r.ToSnapshot()).ToArray();
    }

    public Task DeleteForUserAsync(string appUserId, CancellationToken cancellationToken) =>
        db.RankSnapshots.Where(s => s.AppUserId == appUserId).ExecuteDeleteAsync(cancellationToken);
}
