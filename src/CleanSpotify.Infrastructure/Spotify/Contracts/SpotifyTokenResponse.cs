namespace CleanSpotify.Infrastructure.Spotify.Contracts;

/// <summary>200 from <c>POST /api/token</c>. <c>refresh_token</c> may be absent on a refresh (2026 behaviour).</summary>
internal sealed record SpotifyTokenResponse(
    string AccessToken,
    string? TokenType,
    string? Scope,
    int ExpiresIn,
    string? RefreshToken)
{
    public override string ToString() => $"SpotifyTokenResponse {{ ExpiresIn = {ExpiresIn}, Scope = {Scope} }}";
}
