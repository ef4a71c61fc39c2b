namespace CleanSpotify.Infrastructure.Spotify.Contracts;

/// <summary>The parts of a created playlist CleanSpotify reads.</summary>
internal sealed record SpotifyPlaylistResponse(string Id, string Name, SpotifyExternalUrlsResponse? ExternalUrls);
