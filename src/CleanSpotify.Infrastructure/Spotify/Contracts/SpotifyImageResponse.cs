namespace CleanSpotify.Infrastructure.Spotify.Contracts;

internal sealed record SpotifyImageResponse(string Url, int? Height, int? Width);
