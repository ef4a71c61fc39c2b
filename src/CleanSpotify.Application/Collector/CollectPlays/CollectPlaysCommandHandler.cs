using System.Security.Cryptography;
using CleanSpotify.Domain.Listening;

namespace CleanSpotify.Application.Collector.CollectPlays;

/// <summary>
/// Polls each due user's plays after the newest stored one and stores the new ones once. Before a poll the user's next
/// poll is moved a full interval ahead, so a user whose poll fails (or crashes the sweep) waits rather than blocking
/// the users behind them; a successful poll then sets it from the user's listening rate (<see cref="PollPace"/>). A full
/// page of plays all newer than the newest stored one means older plays may have fallen off Spotify's list of 50: that
/// stretch is recorded as a gap. No call is made during the app-wide cool-down, for a link that needs reconnecting,
/// or for a user whose recent calls reach the collector's share of their budget (they are browsing: they come first).
/// </summary>
public sealed class CollectPlaysCommandHandler(
    ICollectorScheduleStore schedule,
    IListeningHistoryStore history,
    ISpotifyPlaysReader plays,
    CollectorSweep sweep) : ICommandHandler<CollectPlaysCommand, Result<PlaysCollectedDto>>
{
    public async ValueTask<Result<PlaysCollectedDto>> Handle(CollectPlaysCommand command, CancellationToken cancellationToken)
    {
        var tally = new Tally();
        var stoppedByCooldown = await sweep.RunAsync(
            schedule.ListDuePollsAsync, (target, now, token) => CollectAsync(target, now, tally, token), cancellationToken);
        return tally.ToDto(stoppedByCooldown);
    }

    private async Task<SweepStep> CollectAsync(CollectionTarget target, DateTimeOffset now, Tally tally, CancellationToken cancellationToken)
    {
        var state = target.State is { } kept && kept.LinkId == target.LinkId
            ? kept
            : new PlayCollectionState(target.LinkId, null, null, now, 0);
        if (now >= target.RefreshTokenExpiresAt)
        {
            // Past the refresh token's lifetime: no token is asked for; looked at again an interval later (after a reconnect, polled).
            await schedule.SavePollStateAsync(target.AppUserId, state with { NextPollAt = now + sweep.Policy.PollInterval }, cancellationToken);
            tally.Skipped++;
            return SweepStep.Skipped;
        }

        if (sweep.IsBusy(target.AppUserId))
        {
            // Browsing comes first: the user stays due and a later sweep polls them.
            tally.Skipped++;
            return SweepStep.Skipped;
        }

        await schedule.SavePollStateAsync(target.AppUserId, state with { NextPollAt = now + sweep.Policy.PollInterval }, cancellationToken);
        var read = await plays.GetPlaysAfterAsync(target.AppUserId, state.LastPlayedAt, cancellationToken);
        if (!read.IsSuccess)
        {
            return CollectorSweep.Failure(read.Error);
        }

        tally.Polled++;
        var page = read.Value.Where(p => state.LastPlayedAt is not { } cursor || p.PlayedAt > cursor).ToArray();
        tally.PlaysStored += await history.AddPlaysAsync(target.AppUserId, page, cancellationToken);
        if (state.LastPlayedAt is { } lastStored && read.Value.Count >= ISpotifyPlaysReader.PageSize && page.Length == read.Value.Count)
        {
            await history.AddGapAsync(target.AppUserId, new ListeningGap(lastStored, page.Min(p => p.PlayedAt), now), cancellationToken);
            tally.GapsRecorded++;
        }

        var since = state.LastPolledAt ?? (page.Length > 1 ? page.Min(p => p.PlayedAt) : now);
        var rate = PollPace.UpdateRate(state.PlaysPerHour, page.Select(p => p.PlayedAt).ToArray(), since, now);
        var next = now + PollPace.NextDelay(rate, sweep.Policy, RandomNumberGenerator.GetInt32(1000) / 1000.0);
        var newest = page.Length > 0 ? page.Max(p => p.PlayedAt) : state.LastPlayedAt;
        await schedule.SavePollStateAsync(target.AppUserId, new PlayCollectionState(target.LinkId, newest, now, next, rate), cancellationToken);
        return SweepStep.Done;
    }

    private sealed class Tally
    {
        public int Polled { get; set; }

        public int Skipped { get; set; }

        public int PlaysStored { get; set; }

        public int GapsRecorded { get; set; }

        public PlaysCollectedDto ToDto(bool stoppedByCooldown) => new(Polled, Skipped, PlaysStored, GapsRecorded, stoppedByCooldown);
    }
}
