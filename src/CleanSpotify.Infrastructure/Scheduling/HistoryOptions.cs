using CleanSpotify.Application.Collector;

namespace CleanSpotify.Infrastructure.Scheduling;

/// <summary>The background collector's settings, bound from the <c>History</c> section and checked by <see cref="HistoryOptionsValidator"/>.</summary>
internal sealed class HistoryOptions
{
    public const string SectionName = "History";

    /// <summary>Whether this instance runs the collector and the daily rank snapshots.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The shortest time between two polls of one user.</summary>
    public TimeSpan MinPollInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The longest time between two polls of one user (an idle listener).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>How often the sweeps run and look for due users.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The share of a user's Spotify call budget the collector may use; beyond it, the user is left to browse.</summary>
    public double MaxBudgetShare { get; set; } = 0.5;

    /// <summary>On PostgreSQL, how often each instance tells the cluster it is alive; a silent instance's jobs are taken over after about this long.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    public CollectorPolicy ToPolicy() => new(MinPollInterval, PollInterval, MaxBudgetShare);
}
