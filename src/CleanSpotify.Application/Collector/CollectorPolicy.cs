namespace CleanSpotify.Application.Collector;

/// <summary>
/// The collector's limits, from the validated <c>History</c> settings: each user is polled between
/// <paramref name="MinPollInterval"/> and <paramref name="PollInterval"/> apart, and background calls stop once a
/// user's calls in the budget window reach <paramref name="MaxBudgetShare"/> of their budget.
/// </summary>
public sealed record CollectorPolicy(TimeSpan MinPollInterval, TimeSpan PollInterval, double MaxBudgetShare)
{
    /// <summary>Users handled per sweep at most, so one sweep stays short however many users are due.</summary>
    public const int BatchSize = 200;

    /// <summary>How long after a user's snapshots the next ones are due.</summary>
    public static readonly TimeSpan SnapshotInterval = TimeSpan.FromDays(1);
}
