namespace CleanSpotify.Infrastructure.Spotify.Contracts;

/// <summary>A track; removed fields (<c>popularity</c>, <c>available_markets</c>) are deliberately absent.</summary>
internal sealed record SpotifyTrackResponse(
    string Id,
    string Name,
    int DurationMs,
    IReadOnlyList<SpotifySimplifiedArtistResponse>? Artists,
    SpotifyAlbumResponse? Album,
    SpotifyExternalUrlsResponse? ExternalUrls,
    string? Uri);

internal sealed record SpotifySimplifiedArtistResponse(string? Id, string Name);

internal sealed record SpotifyAlbumResponse(string? Id, string Name, IReadOnlyList<SpotifyImageResponse>? Images);
