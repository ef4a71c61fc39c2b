using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IRankHistoryStore"/>: a compact table, one row per user, list, range and day. Recording
/// prunes the user's own rows past the retention (an index seek, not a scan of every user's rows) and detaches the
/// saved row, so the daily snapshot sweep's shared context stays small.
/// </summary>
internal sealed class RankHistoryStore(CleanSpotifyDbContext db) : IRankHistoryStore
{
    public async Task RecordAsync(
        string appUserId,
        TopListKind kind,
        TimeRange range,
        DateOnly day,
        int offset,
        IReadOnlyList<string> itemIds,
        CancellationToken cancellationToken)
    {
        var oldest = day.AddDays(-(int)RankSnapshot.Retention.TotalDays);
        await db.RankSnapshots.Where(s => s.AppUserId == appUserId && s.Day < oldest).ExecuteDeleteAsync(cancellationToken);

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
        }
        catch (DbUpdateException)
        {
            // Another request recorded the same day's snapshot first; history is best effort, the page is not.
            db.ChangeTracker.Clear();
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
        var records = await db.RankSnapshots.AsNoTracking()
            .Where(s => s.AppUserId == appUserId && s.Kind == kind && s.Range == range)
            .OrderBy(s => s.Day)
            .ToListAsync(cancellationToken);
        return records.Select(r => r.ToSnapshot()).ToArray();
    }

    public Task DeleteForUserAsync(string appUserId, CancellationToken cancellationToken) =>
        db.RankSnapshots.Where(s => s.AppUserId == appUserId).ExecuteDeleteAsync(cancellationToken);
}
