using System.ComponentModel.DataAnnotations;

namespace CleanSpotify.Web.RateLimiting;

/// <summary>The site's own request limits, validated at start (Spotify's per-user call budget is Infrastructure's).</summary>
public sealed class RateLimitOptions
{
    /// <summary><c>SignIn:PermitsPerMinute</c>: sign-in, sign-up and account-deletion attempts per client address.</summary>
    [Range(1, 1_000_000, ErrorMessage = "SignIn:PermitsPerMinute must be between 1 and 1000000.")]
    public int SignInPermitsPerMinute { get; set; } = 20;

    /// <summary><c>Refresh:PermitsPerMinute</c>: Refresh button presses per user.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Refresh:PermitsPerMinute must be between 1 and 1000000.")]
    public int RefreshPermitsPerMinute { get; set; } = 5;

    /// <summary>
    /// <c>RateLimits:ActionsPerUserPerMinute</c>: requests per user to endpoints that write or can call Spotify many
    /// times (linking, saving playlists, exports, the data download).
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "RateLimits:ActionsPerUserPerMinute must be between 1 and 1000000.")]
    public int ActionsPerUserPerMinute { get; set; } = 20;
}
