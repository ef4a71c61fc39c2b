using System.Security.Cryptography;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Tracks;

namespace CleanSpotify.Application.Collector.TakeRankSnapshots;

/// <summary>
/// Reads the first page of each top list (tracks and artists, three ranges) of each due user through
/// <see cref="TopListPageReader"/>, which records a fresh read as that day's snapshot, so movement no longer depends
/// on visits. The same limits as the play collector apply: nothing during the cool-down, nothing for a link that needs
/// reconnecting, and a busy user's lists are left for a later sweep. The next snapshots are due a day later, give or
/// take a quarter of an hour, so users stay spread over the day.
/// </summary>
public sealed class TakeRankSnapshotsCommandHandler(
    ICollectorScheduleStore schedule,
    ISpotifyTopItemsReader topItems,
    TopListPageReader pages,
    ISpotifyReadCache cache,
    ISpotifyCallAllowance allowance,
    CollectorPolicy policy,
    TimeProvider timeProvider) : ICommandHandler<TakeRankSnapshotsCommand, Result<RankSnapshotsTakenDto>>
{
    public async ValueTask<Result<RankSnapshotsTakenDto>> Handle(TakeRankSnapshotsCommand command, CancellationToken cancellationToken)
    {
        int users = 0, skipped = 0;
        if (allowance.CooldownUntil is not null)
        {
            return new RankSnapshotsTakenDto(users, skipped, StoppedByCooldown: true);
        }

        var due = await schedule.ListDueSnapshotsAsync(timeProvider.GetUtcNow(), CollectorPolicy.BatchSize, cancellationToken);
        foreach (var target in due)
        {
            var now = timeProvider.GetUtcNow();
            if (now >= target.RefreshTokenExpiresAt)
            {
                await schedule.SaveNextSnapshotAsync(target.AppUserId, NextSnapshotAt(now), cancellationToken);
                skipped++;
                continue;
            }

            // Today's snapshot is recorded from a fresh read only: a copy cached before midnight would leave today without one.
            await cache.ExpireUserAsync(target.AppUserId, cancellationToken);
            var user = new LinkedSpotifyUser(target.AppUserId, target.LinkId);
            var outcome = await SnapshotAsync(user, TopListSources.Tracks, cancellationToken);
            if (outcome == Snapshot.Taken)
            {
                outcome = await SnapshotAsync(user, TopListSources.Artists, cancellationToken);
            }

            switch (outcome)
            {
                case Snapshot.CooldownStarted:
                    return new RankSnapshotsTakenDto(users, skipped, StoppedByCooldown: true);
                case Snapshot.Busy:
                    skipped++;
                    break;
                case Snapshot.Failed:
                    await schedule.SaveNextSnapshotAsync(target.AppUserId, now + policy.PollInterval, cancellationToken);
                    skipped++;
                    break;
                default:
                    await schedule.SaveNextSnapshotAsync(target.AppUserId, NextSnapshotAt(now), cancellationToken);
                    users++;
                    break;
            }
        }

        return new RankSnapshotsTakenDto(users, skipped, StoppedByCooldown: false);
    }

    private async Task<Snapshot> SnapshotAsync<T>(LinkedSpotifyUser user, TopListSource<T> source, CancellationToken cancellationToken)
    {
        foreach (var range in TimeRangeText.All)
        {
            if (allowance.CooldownUntil is not null)
            {
                return Snapshot.CooldownStarted;
            }

            if (!allowance.HasShareLeft(user.AppUserId, policy.MaxBudgetShare))
            {
                return Snapshot.Busy;
            }

            var read = await pages.ReadAsync(
                user,
                source.Kind,
                range,
                1,
                (offset, limit, token) => source.Fetch(topItems, user.AppUserId, range, offset, limit, token),
                source.IdOf,
                cancellationToken);
            if (!read.IsSuccess)
            {
                return read.Error.Kind == ErrorKind.RateLimited ? Snapshot.CooldownStarted : Snapshot.Failed;
            }
        }

        return Snapshot.Taken;
    }

    private static DateTimeOffset NextSnapshotAt(DateTimeOffset now) =>
        now + CollectorPolicy.SnapshotInterval + TimeSpan.FromSeconds(RandomNumberGenerator.GetInt32(-900, 900));

    private enum Snapshot
    {
        Taken,
        Busy,
        Failed,
        CooldownStarted,
    }
}
