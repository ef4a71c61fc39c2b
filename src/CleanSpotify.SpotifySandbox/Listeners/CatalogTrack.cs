namespace CleanSpotify.SpotifySandbox.Listeners;

internal sealed record CatalogTrack(
    string Id,
    string Name,
    CatalogAlbum Album,
    IReadOnlyList<CatalogArtist> Artists,
    int TrackNumber,
    int DurationMs,
    bool Explicit,
    string Isrc)
{
    public string Uri => $"spotify:track:{Id}";
}
