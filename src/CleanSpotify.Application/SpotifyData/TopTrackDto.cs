namespace CleanSpotify.Application.SpotifyData;

/// <summary>One ranked track, with only the fields Spotify still serves to apps in 2026.</summary>
public sealed record TopTrackDto(
    int Rank,
    string Id,
    string Name,
    IReadOnlyList<string> Artists,
    string AlbumName,
    Uri? ImageUrl,
    TimeSpan Duration,
    Uri? SpotifyUrl) : TopItemDto(Rank, Id, Name, ImageUrl, SpotifyUrl);
