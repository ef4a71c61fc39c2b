namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

/// <summary>Development-mode track: no popularity, available_markets or linked_from; preview_url is always null.</summary>
internal sealed record TrackObject(
    AlbumObject Album,
    IReadOnlyList<SimplifiedArtistObject> Artists,
    int DiscNumber,
    int DurationMs,
    bool Explicit,
    ExternalIds ExternalIds,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    bool IsLocal,
    string Name,
    string? PreviewUrl,
    int TrackNumber,
    string Type,
    string Uri);
