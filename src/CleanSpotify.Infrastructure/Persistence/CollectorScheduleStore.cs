using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Links;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="ICollectorScheduleStore"/>: working links left-joined with the collector's per-user rows,
/// so a link with no row (just linked) or a row from an earlier link is due at once. A row is saved with one UPDATE
/// statement, and added (then detached) only when the user has none yet: a sweep saves twice a poll and shares one
/// context across up to 200 users, so reading each row first and tracking it cost more than the poll's own work.
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

    public Task SavePollStateAsync(string appUserId, PlayCollectionState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        return SaveAsync(
            db.PlayCollections,
            appUserId,
            row => row
                .SetProperty(r => r.LinkId, state.LinkId)
                .SetProperty(r => r.LastPlayedAt, state.LastPlayedAt)
                .SetProperty(r => r.LastPolledAt, state.LastPolledAt)
                .SetProperty(r => r.NextPollAt, state.NextPollAt)
                .SetProperty(r => r.PlaysPerHour, state.PlaysPerHour),
            () => PlayCollectionRecord.From(appUserId, state),
            cancellationToken);
    }

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
        SaveAsync(
            db.RankSnapshotSchedules,
            appUserId,
            row => row.SetProperty(r => r.NextSnapshotAt, nextSnapshotAt),
            () => new RankSnapshotScheduleRecord { AppUserId = appUserId, NextSnapshotAt = nextSnapshotAt },
            cancellationToken);

    private static CollectionTarget Target(string appUserId, Guid linkId, DateTimeOffset authorizedAt, PlayCollectionState? state) =>
        new(appUserId, linkId, authorizedAt + SpotifyLink.RefreshTokenLifetime, state);

    /// <summary>
    /// Updates the user's row in <paramref name="rows"/>, or adds the one <paramref name="create"/> makes when there is
    /// none yet (one sweep of each kind runs at a time across instances, so nothing else adds it meanwhile).
    /// </summary>
    private async Task SaveAsync<TRecord>(
        DbSet<TRecord> rows, string appUserId, Action<UpdateSettersBuilder<TRecord>> update, Func<TRecord> create, CancellationToken cancellationToken)
        where TRecord : UserOwnedRecord
    {
        if (await rows.Where(r => r.AppUserId == appUserId).ExecuteUpdateAsync(update, cancellationToken) > 0)
        {
            return;
        }

        var record = create();
        rows.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(record).State = EntityState.Detached;
    }
}
