namespace CleanSpotify.Infrastructure.Spotify.Contracts;

/// <summary>Body of <c>POST /me/playlists</c>.</summary>
internal sealed record SpotifyCreatePlaylistRequest(string Name, string? Description, bool Public, bool Collaborative);
