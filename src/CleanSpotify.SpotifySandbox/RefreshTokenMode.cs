namespace CleanSpotify.SpotifySandbox;

/// <summary>What the refresh grant returns.</summary>
public enum RefreshTokenMode
{
    /// <summary>2026 behaviour: no <c>refresh_token</c> in the response; the original stays valid until it expires.</summary>
    NoRotation,

    /// <summary>Legacy PKCE behaviour: a new <c>refresh_token</c> on every refresh, and the old one is revoked.</summary>
    Rotate,
}
