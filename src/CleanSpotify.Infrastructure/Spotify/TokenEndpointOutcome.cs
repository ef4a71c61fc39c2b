using CleanSpotify.Infrastructure.Spotify.Contracts;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>What the token endpoint said: tokens, an OAuth error code, or nothing usable (unreachable, 5xx).</summary>
internal sealed record TokenEndpointOutcome(SpotifyTokenResponse? Token, string? OAuthError)
{
    public const string InvalidGrant = "invalid_grant";

    public static readonly TokenEndpointOutcome Unavailable = new(null, null);

    public bool IsInvalidGrant => string.Equals(OAuthError, InvalidGrant, StringComparison.Ordinal);
}
