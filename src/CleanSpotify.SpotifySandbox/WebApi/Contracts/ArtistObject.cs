namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

/// <summary>Development-mode artist: no followers, no popularity.</summary>
internal sealed record ArtistObject(
    ExternalUrls ExternalUrls,
    IReadOnlyList<string> Genres,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Name,
    string Type,
    string Uri);
