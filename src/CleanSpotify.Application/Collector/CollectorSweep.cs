namespace CleanSpotify.Application.Collector;

/// <summary>
/// What the background sweeps share: nothing during the app-wide cool-down, the due users one at a time until a
/// rate limit starts it, and the checks made before every call (a busy user's browsing comes first).
/// </summary>
public sealed class CollectorSweep(ISpotifyCallAllowance allowance, CollectorPolicy policy, TimeProvider timeProvider)
{
    public CollectorPolicy Policy => policy;

    public bool CoolingDown => allowance.CooldownUntil is not null;

    /// <summary>Whether the user's recent calls reach the collector's share of their budget.</summary>
    public bool IsBusy(string appUserId) => !allowance.HasShareLeft(appUserId, policy.MaxBudgetShare);

    /// <summary>Runs <paramref name="step"/> for each due user (at most a batch); true when the cool-down stopped the sweep.</summary>
    public async Task<bool> RunAsync(
        Func<DateTimeOffset, int, CancellationToken, Task<IReadOnlyList<CollectionTarget>>> listDue,
        Func<CollectionTarget, DateTimeOffset, CancellationToken, Task<SweepStep>> step,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listDue);
        ArgumentNullException.ThrowIfNull(step);
        if (CoolingDown)
        {
            return true;
        }

        var due = await listDue(timeProvider.GetUtcNow(), CollectorPolicy.BatchSize, cancellationToken);
        foreach (var target in due)
        {
            if (CoolingDown || await step(target, timeProvider.GetUtcNow(), cancellationToken) == SweepStep.CooldownStarted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How a failed call ends a user's step: a rate limit starts the cool-down, anything else fails that user only.</summary>
    public static SweepStep Failure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind == ErrorKind.RateLimited ? SweepStep.CooldownStarted : SweepStep.Failed;
    }
}

/// <summary>How one user's step of a sweep ended.</summary>
public enum SweepStep
{
    Done,
    Skipped,
    Failed,
    CooldownStarted,
}
