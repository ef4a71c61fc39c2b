namespace CleanSpotify.Application.Collector;

/// <summary>
/// When to poll a user again: before half a page of plays (25) could pile up at their recent listening rate, clamped
/// to the policy's interval, and shortened by up to a quarter at random so that users linked at the same moment
/// drift apart instead of being polled in bursts.
/// </summary>
public static class PollPace
{
    /// <summary>Plays allowed to pile up between polls: half a page, so a burst of listening still fits in one.</summary>
    public const double PlaysBetweenPolls = ISpotifyPlaysReader.PageSize / 2.0;

    /// <summary>
    /// The listening rate after a poll that found <paramref name="newPlays"/> (end times) since <paramref name="since"/>,
    /// averaged with the rate seen before. A full page says little about the real rate (more may have been missed), so
    /// then the page's own span is taken as the rate, not averaged: the user is polled sooner at once.
    /// </summary>
    public static double UpdateRate(double previousPlaysPerHour, IReadOnlyList<DateTimeOffset> newPlays, DateTimeOffset since, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(newPlays);
        var seen = newPlays.Count / Hours(now - since);
        if (newPlays.Count < ISpotifyPlaysReader.PageSize)
        {
            return (previousPlaysPerHour + seen) / 2;
        }

        var span = newPlays.Max() - newPlays.Min();
        return Math.Max(seen, (newPlays.Count - 1) / Hours(span));
    }

    /// <summary>The delay before the next poll of a user listening at <paramref name="playsPerHour"/>; <paramref name="jitter"/> is in [0, 1).</summary>
    public static TimeSpan NextDelay(double playsPerHour, CollectorPolicy policy, double jitter)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var delay = playsPerHour <= 0 ? policy.PollInterval : TimeSpan.FromHours(PlaysBetweenPolls / playsPerHour);
        delay = Clamp(delay, policy);
        return Clamp(delay * (1 - (jitter / 4)), policy);
    }

    /// <summary>At least a minute, so a burst of plays a few milliseconds apart does not read as an infinite rate.</summary>
    private static double Hours(TimeSpan span) => Math.Max(span.TotalHours, 1.0 / 60);

    private static TimeSpan Clamp(TimeSpan delay, CollectorPolicy policy) =>
        delay < policy.MinPollInterval ? policy.MinPollInterval : delay > policy.PollInterval ? policy.PollInterval : delay;
}
