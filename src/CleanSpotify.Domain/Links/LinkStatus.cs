namespace CleanSpotify.Domain.Links;

/// <summary>Whether a Spotify link can be used to call Spotify on the user's behalf.</summary>
public enum LinkStatus
{
    /// <summary>Tokens are held and Spotify accepted them last time.</summary>
    Linked = 1,

    /// <summary>Spotify refused the refresh token (revoked, expired or rotated away); the user must consent again.</summary>
    NeedsReconnect = 2,
}
