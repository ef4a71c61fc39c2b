namespace CleanSpotify.Infrastructure.Spotify.Contracts;

/// <summary>The OAuth error object the token endpoint answers with (RFC 6749 §5.2).</summary>
internal sealed record SpotifyAuthErrorResponse(string? Error, string? ErrorDescription);
