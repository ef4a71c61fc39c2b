namespace CleanSpotify.Web.RateLimiting;

/// <summary>Names of the rate-limiting policies, for <c>[EnableRateLimiting]</c>; limits come from <see cref="RateLimitOptions"/>.</summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in, sign-up and account deletion: per client address (IPv6 per /64), on top of Identity's lockout.</summary>
    public const string SignIn = "sign-in";

    /// <summary>The Refresh button: per user.</summary>
    public const string Refresh = "refresh";

    /// <summary>Endpoints that write or may call Spotify many times (link, unlink, playlists, exports, data download): per user.</summary>
    public const string UserActions = "user-actions";
}
