using CleanSpotify.Application.Abstractions;

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
    /// The listening rate after a poll that found <paramref name="newPlays"/> plays ending between
    /// <paramref name="since"/> and <paramref name="now"/>, averaged with the rate seen before.
    /// </summary>
    public static double UpdateRate(double previousPlaysPerHour, int newPlays, DateTimeOffset since, DateTimeOffset now)
    {
        var hours = Math.Max((now - since).TotalHours, 1.0 / 60);
        var seen = newPlays / hours;
        return (previousPlaysPerHour + seen) / 2;
    }

    /// <summary>The delay before the next poll of a user listening at <paramref name="playsPerHour"/>; <paramref name="jitter"/> is in [0, 1).</summary>
    public static TimeSpan NextDelay(double playsPerHour, CollectorPolicy policy, double jitter)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var delay = playsPerHour <= 0 ? policy.PollInterval : TimeSpan.FromHours(PlaysBetweenPolls / playsPerHour);
        delay = Clamp(delay, policy);
        return Clamp(delay * (1 - (jitter / 4)), policy);
    }

    private static TimeSpan Clamp(TimeSpan delay, CollectorPolicy policy) =>
        delay < policy.MinPollInterval ? policy.MinPollInterval : delay > policy.PollInterval ? policy.PollInterval : delay;
}
