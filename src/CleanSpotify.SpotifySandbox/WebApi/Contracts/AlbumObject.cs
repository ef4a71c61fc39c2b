namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

/// <summary>Development-mode album: no available_markets, label, popularity or album_group.</summary>
internal sealed record AlbumObject(
    string AlbumType,
    int TotalTracks,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Name,
    string ReleaseDate,
    string ReleaseDatePrecision,
    string Type,
    string Uri,
    IReadOnlyList<SimplifiedArtistObject> Artists);
