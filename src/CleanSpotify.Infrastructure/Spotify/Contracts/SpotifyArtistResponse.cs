namespace CleanSpotify.Infrastructure.Spotify.Contracts;

/// <summary>An artist; <c>genres</c> is deprecated and may be missing, <c>followers</c>/<c>popularity</c> are not read.</summary>
internal sealed record SpotifyArtistResponse(
    string Id,
    string Name,
    IReadOnlyList<string>? Genres,
    IReadOnlyList<SpotifyImageResponse>? Images,
    SpotifyExternalUrlsResponse? ExternalUrls);
