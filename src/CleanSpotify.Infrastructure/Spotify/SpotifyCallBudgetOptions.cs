using System.ComponentModel.DataAnnotations;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>Each user's share of Spotify, bound from the <c>RateLimits</c> section and validated at start.</summary>
public sealed class SpotifyCallBudgetOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Spotify Web API calls one user may cause in any rolling minute (pages and background work together).</summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:SpotifyCallsPerUserPerMinute must be between 1 and 100000.")]
    public int SpotifyCallsPerUserPerMinute { get; set; } = 30;
}
