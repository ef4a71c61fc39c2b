using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>A cool-down that is on when <see cref="CooldownUntil"/> is set, and users with no budget share left in <see cref="BusyUsers"/>.</summary>
public sealed class FakeSpotifyCallAllowance : ISpotifyCallAllowance
{
    public DateTimeOffset? CooldownUntil { get; set; }

    public HashSet<string> BusyUsers { get; } = new(StringComparer.Ordinal);

    public bool HasShareLeft(string appUserId, double share) => !BusyUsers.Contains(appUserId);
}
