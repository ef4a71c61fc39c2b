namespace CleanSpotify.SpotifySandbox.Listeners;

internal sealed record CatalogAlbum(
    string Id,
    string Name,
    string AlbumType,
    string ReleaseDate,
    string ReleaseDatePrecision,
    int TotalTracks,
    CatalogArtist Artist);
