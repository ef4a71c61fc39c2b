namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: what background work asks before calling Spotify, so that it never calls during the app-wide cool-down and
/// leaves people browsing the larger part of their own call budget.
/// </summary>
public interface ISpotifyCallAllowance
{
    /// <summary>When the app-wide cool-down ends, or null when calls may be made.</summary>
    DateTimeOffset? CooldownUntil { get; }

    /// <summary>Whether the user's calls in the budget's window are still below <paramref name="share"/> of their budget.</summary>
    bool HasShareLeft(string appUserId, double share);
}
