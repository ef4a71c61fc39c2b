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
    /// <summary>The links the collector may call Spotify for; any other status waits for the user.</summary>
    private IQueryable<SpotifyLink> WorkingLinks => db.SpotifyLinks.AsNoTracking().Where(link => link.Status == LinkStatus.Linked);

    public async Task<IReadOnlyList<CollectionTarget>> ListDuePollsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var rows = await (
                from link in WorkingLinks
                join collection in db.PlayCollections.AsNoTracking() on link.AppUserId equals collection.AppUserId into collections
                from collection in collections.DefaultIfEmpty()
                where collection == null || collection.LinkId != link.Id || collection.NextPollAt <= now
                orderby collection == null || collection.LinkId != link.Id ? 0 : 1, collection!.NextPollAt
                select new { link.AppUserId, link.Id, link.AuthorizedAt, Collection = collection })
            .Take(max)
            .ToListAsync(cancellationToken);
        return rows.Select(r => Target(r.AppUserId, r.Id, r.AuthorizedAt, r.Collection?.ToState())).ToArray();
    }

    public Task SavePollStateAsync(string appUserId, PlayCollectionState state, CancellationToken cancellationToken) =>
        SaveDetachedAsync(db.PlayCollections, appUserId, () => new PlayCollectionRecord { AppUserId = appUserId }, record => record.Apply(state), cancellationToken);

    public async Task<IReadOnlyList<CollectionTarget>> ListDueSnapshotsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var rows = await (
                from link in WorkingLinks
                join schedule in db.RankSnapshotSchedules.AsNoTracking() on link.AppUserId equals schedule.AppUserId into schedules
                from schedule in schedules.DefaultIfEmpty()
                where schedule == null || schedule.NextSnapshotAt <= now
                orderby schedule == null ? 0 : 1, schedule!.NextSnapshotAt
                select new { link.AppUserId, link.Id, link.AuthorizedAt })
            .Take(max)
            .ToListAsync(cancellationToken);
        return rows.Select(r => Target(r.AppUserId, r.Id, r.AuthorizedAt, null)).ToArray();
    }

    public Task SaveNextSnapshotAsync(string appUserId, DateTimeOffset nextSnapshotAt, CancellationToken cancellationToken) =>
        SaveDetachedAsync(
            db.RankSnapshotSchedules, appUserId, () => new RankSnapshotScheduleRecord { AppUserId = appUserId }, record => record.NextSnapshotAt = nextSnapshotAt, cancellationToken);

    private static CollectionTarget Target(string appUserId, Guid linkId, DateTimeOffset authorizedAt, PlayCollectionState? state) =>
        new(appUserId, linkId, authorizedAt + SpotifyLink.RefreshTokenLifetime, state);

    /// <summary>
    /// Updates the user's row in <paramref name="rows"/>, adding the one <paramref name="create"/> makes when there is
    /// none yet, then saves and detaches it.
    /// </summary>
    private async Task SaveDetachedAsync<TRecord>(
        DbSet<TRecord> rows, string appUserId, Func<TRecord> create, Action<TRecord> update, CancellationToken cancellationToken)
        where TRecord : UserOwnedRecord
    {
        var record = await rows.SingleOrDefaultAsync(r => r.AppUserId == appUserId, cancellationToken);
        if (record is null)
        {
            record = create();
            rows.Add(record);
        }

        update(record);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(record).State = EntityState.Detached;
    }
}
