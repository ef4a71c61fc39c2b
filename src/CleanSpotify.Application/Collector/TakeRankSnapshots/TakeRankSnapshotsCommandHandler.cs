using System.Security.Cryptography;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Tracks;

namespace CleanSpotify.Application.Collector.TakeRankSnapshots;

/// <summary>
/// Reads the first page of each top list (tracks and artists, three ranges) of each due user through
/// <see cref="TopListPageReader"/>, which records a fresh read as that day's snapshot, so movement no longer depends
/// on visits. The same limits as the play collector apply (<see cref="CollectorSweep"/>): nothing during the
/// cool-down, nothing for a link that needs reconnecting, and a busy user's lists are left for a later sweep. The next
/// snapshots are due a day later, give or take a quarter of an hour, so users stay spread over the day.
/// </summary>
public sealed class TakeRankSnapshotsCommandHandler(
    ICollectorScheduleStore schedule,
    TopListPageReader pages,
    ISpotifyReadCache cache,
    IRankSnapshotRecorder snapshots,
    CollectorSweep sweep) : ICommandHandler<TakeRankSnapshotsCommand, Result<RankSnapshotsTakenDto>>
{
    public async ValueTask<Result<RankSnapshotsTakenDto>> Handle(TakeRankSnapshotsCommand command, CancellationToken cancellationToken)
    {
        int users = 0, skipped = 0;
        var stoppedByCooldown = await sweep.RunAsync(
            schedule.ListDueSnapshotsAsync,
            async (target, now, token) =>
            {
                var step = await SnapshotUserAsync(target, now, token);
                if (step == SweepStep.Done)
                {
                    users++;
                }
                else if (step != SweepStep.CooldownStarted)
                {
                    skipped++;
                }

                return step;
            },
            cancellationToken);

        // The pages read are queued for writing; the sweep is done when they are written.
        await snapshots.FlushAsync(cancellationToken);
        return new RankSnapshotsTakenDto(users, skipped, stoppedByCooldown);
    }

    private async Task<SweepStep> SnapshotUserAsync(CollectionTarget target, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now >= target.RefreshTokenExpiresAt)
        {
            await schedule.SaveNextSnapshotAsync(target.AppUserId, NextSnapshotAt(now), cancellationToken);
            return SweepStep.Skipped;
        }

        // Today's snapshot is recorded from a fresh read only: a copy cached before midnight would leave today without one.
        await cache.ExpireUserAsync(target.AppUserId, cancellationToken);
        var user = new LinkedSpotifyUser(target.AppUserId, target.LinkId);
        var step = await SnapshotAsync(user, TopListSources.Tracks, cancellationToken);
        if (step == SweepStep.Done)
        {
            step = await SnapshotAsync(user, TopListSources.Artists, cancellationToken);
        }

        if (step == SweepStep.Failed)
        {
            await schedule.SaveNextSnapshotAsync(target.AppUserId, now + sweep.Policy.PollInterval, cancellationToken);
        }
        else if (step == SweepStep.Done)
        {
            await schedule.SaveNextSnapshotAsync(target.AppUserId, NextSnapshotAt(now), cancellationToken);
        }

        return step;
    }

    private async Task<SweepStep> SnapshotAsync<T>(LinkedSpotifyUser user, TopListSource<T> source, CancellationToken cancellationToken)
    {
        foreach (var range in TimeRangeText.All)
        {
            if (sweep.CoolingDown)
            {
                return SweepStep.CooldownStarted;
            }

            if (sweep.IsBusy(user.AppUserId))
            {
                return SweepStep.Skipped;
            }

            var read = await pages.ReadAsync(user, source, range, 1, cancellationToken);
            if (!read.IsSuccess)
            {
                return CollectorSweep.Failure(read.Error);
            }
        }

        return SweepStep.Done;
    }

    private static DateTimeOffset NextSnapshotAt(DateTimeOffset now) =>
        now + CollectorPolicy.SnapshotInterval + TimeSpan.FromSeconds(RandomNumberGenerator.GetInt32(-900, 900));
}
