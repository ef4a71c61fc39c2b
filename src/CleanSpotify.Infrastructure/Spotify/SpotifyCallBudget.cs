using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Each user's budget of Spotify Web API calls: at most <see cref="SpotifyCallBudgetOptions.SpotifyCallsPerUserPerMinute"/>
/// in any rolling minute, on the app's <see cref="TimeProvider"/>. Every call made for a user draws from it, whether a
/// page or background work caused it, so no single user can spend the app-wide rate limit Spotify sets (and trigger
/// the cool-down that every user would then see). Counted per instance, in memory.
/// </summary>
internal sealed class SpotifyCallBudget(IOptions<SpotifyCallBudgetOptions> options, TimeProvider timeProvider)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _callsByUser = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>
    /// Draws one call for <paramref name="appUserId"/>; false, with when the oldest counted call leaves the window,
    /// when the budget is spent. Refused calls are not counted.
    /// </summary>
    public bool TryTake(string appUserId, out DateTimeOffset retryAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(appUserId);
        var now = timeProvider.GetUtcNow();
        var limit = options.Value.SpotifyCallsPerUserPerMinute;
        lock (_lock)
        {
            SweepIdleUsers(now);
            if (!_callsByUser.TryGetValue(appUserId, out var calls))
            {
                calls = new Queue<DateTimeOffset>();
                _callsByUser.Add(appUserId, calls);
            }

            DropOlderThanWindow(calls, now);
            if (calls.Count < limit)
            {
                calls.Enqueue(now);
                retryAt = default;
                return true;
            }

            retryAt = calls.Peek() + Window;
            return false;
        }
    }

    /// <summary>How many calls <paramref name="appUserId"/> made in the last window, on this instance.</summary>
    public int CallsInWindow(string appUserId)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (!_callsByUser.TryGetValue(appUserId, out var calls))
            {
                return 0;
            }

            DropOlderThanWindow(calls, now);
            return calls.Count;
        }
    }

    /// <summary>Once a window, forgets users with no call in the last window, so memory follows active users only.</summary>
    private void SweepIdleUsers(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + Window;
        foreach (var (appUserId, calls) in _callsByUser)
        {
            DropOlderThanWindow(calls, now);
            if (calls.Count == 0)
            {
                _callsByUser.Remove(appUserId);
            }
        }
    }

    private static void DropOlderThanWindow(Queue<DateTimeOffset> calls, DateTimeOffset now)
    {
        while (calls.TryPeek(out var oldest) && oldest <= now - Window)
        {
            calls.Dequeue();
        }
    }
}
