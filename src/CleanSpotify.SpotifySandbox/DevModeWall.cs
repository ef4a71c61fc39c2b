namespace CleanSpotify.SpotifySandbox;

/// <summary>The development-mode 403s Spotify answers on every Web API call (2026).</summary>
public enum DevModeWall
{
    /// <summary>The user is not on the app's allow-list.</summary>
    NotRegistered,

    /// <summary>The app owner's Premium subscription lapsed.</summary>
    PremiumRequired,
}
