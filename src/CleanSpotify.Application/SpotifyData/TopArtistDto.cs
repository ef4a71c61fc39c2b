namespace CleanSpotify.Application.SpotifyData;

/// <summary>One ranked artist. <see cref="Genres"/> is empty when Spotify no longer sends them (deprecated field).</summary>
public sealed record TopArtistDto(int Rank, string Id, string Name, IReadOnlyList<string> Genres, Uri? ImageUrl, Uri? SpotifyUrl)
    : TopItemDto(Rank, Id, Name, ImageUrl, SpotifyUrl);
