namespace CleanSpotify.Application.Listening;

/// <summary>
/// Which plays to read: those that ended at or after <see cref="From"/> and before <see cref="To"/> (UTC); an absent
/// bound is open.
/// </summary>
public sealed record PlayPeriod(DateTimeOffset? From, DateTimeOffset? To)
{
    public static PlayPeriod All { get; } = new(null, null);
}
