using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Links;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="ICollectorScheduleStore"/>: working links left-joined with the collector's per-user rows,
/// so a link with no row (just linked) or a row from an earlier link is due at once. A saved row is detached: a sweep
/// shares one context across up to 200 users, and rows left tracked would make every later save compare them all.
/// </summary>
internal sealed class CollectorScheduleStore(CleanSpotifyDbContext db) : ICollectorScheduleStore
{
    public async Task<IReadOnlyList<CollectionTarget>> ListDuePollsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var rows = await (
                from link in db.SpotifyLinks.AsNoTracking()
                where link.Status == LinkStatus.Linked
                join collection in db.PlayCollections.AsNoTracking() on link.AppUserId equals collection.AppUserId into collections
                from collection in collections.DefaultIfEmpty()
                where collection == null || collection.LinkId != link.Id || collection.NextPollAt <= now
                orderby collection == null || collection.LinkId != link.Id ? 0 : 1, collection!.NextPollAt
                select new { link.AppUserId, link.Id, link.AuthorizedAt, Collection = collection })
            .Take(max)
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new CollectionTarget(r.AppUserId, r.Id, r.AuthorizedAt + SpotifyLink.RefreshTokenLifetime, r.Collection?.ToState()))
            .ToArray();
    }

    public async Task SavePollStateAsync(string appUserId, PlayCollectionState state, CancellationToken cancellationToken)
    {
        var record = await db.PlayCollections.SingleOrDefaultAsync(c => c.AppUserId == appUserId, cancellationToken);
        if (record is null)
        {
            record = new PlayCollectionRecord { AppUserId = appUserId };
            db.PlayCollections.Add(record);
        }

        record.Apply(state);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(record).State = EntityState.Detached;
    }

    public async Task<IReadOnlyList<CollectionTarget>> ListDueSnapshotsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var rows = await (
                from link in db.SpotifyLinks.AsNoTracking()
                where link.Status == LinkStatus.Linked
                join schedule in db.RankSnapshotSchedules.AsNoTracking() on link.AppUserId equals schedule.AppUserId into schedules
                from schedule in schedules.DefaultIfEmpty()
                where schedule == null || schedule.NextSnapshotAt <= now
                orderby schedule == null ? 0 : 1, schedule!.NextSnapshotAt
                select new { link.AppUserId, link.Id, link.AuthorizedAt })
            .Take(max)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new CollectionTarget(r.AppUserId, r.Id, r.AuthorizedAt + SpotifyLink.RefreshTokenLifetime, null)).ToArray();
    }

    public async Task SaveNextSnapshotAsync(string appUserId, DateTimeOffset nextSnapshotAt, CancellationToken cancellationToken)
    {
        var record = await db.RankSnapshotSchedules.SingleOrDefaultAsync(s => s.AppUserId == appUserId, cancellationToken);
        if (record is null)
        {
            record = new RankSnapshotScheduleRecord { AppUserId = appUserId };
            db.RankSnapshotSchedules.Add(record);
        }

        record.NextSnapshotAt = nextSnapshotAt;
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(record).State = EntityState.Detached;
    }
}
