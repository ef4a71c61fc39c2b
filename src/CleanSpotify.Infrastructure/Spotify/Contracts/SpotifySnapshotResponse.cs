namespace CleanSpotify.Infrastructure.Spotify.Contracts;

/// <summary>201 of <c>POST /playlists/{id}/items</c>.</summary>
internal sealed record SpotifySnapshotResponse(string SnapshotId);
