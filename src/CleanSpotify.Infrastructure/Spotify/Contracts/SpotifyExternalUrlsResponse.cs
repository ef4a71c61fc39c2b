namespace CleanSpotify.Infrastructure.Spotify.Contracts;

internal sealed record SpotifyExternalUrlsResponse(string? Spotify);
