namespace CleanSpotify.Application.Abstractions;

/// <summary>The Spotify user as <c>GET /me</c> describes them (2026 field set: no e-mail, country or product).</summary>
public sealed record SpotifyProfileDto(string? AccountId, string UserId, string? DisplayName, Uri? ImageUrl, Uri? ProfileUrl);
