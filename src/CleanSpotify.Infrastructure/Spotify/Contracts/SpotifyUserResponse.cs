namespace CleanSpotify.Infrastructure.Spotify.Contracts;

/// <summary><c>GET /me</c>, 2026 field set; <c>account_id</c> may be missing on older servers.</summary>
internal sealed record SpotifyUserResponse(
    string Id,
    string? AccountId,
    string? DisplayName,
    IReadOnlyList<SpotifyImageResponse>? Images,
    SpotifyExternalUrlsResponse? ExternalUrls);
