namespace CleanSpotify.Infrastructure.Spotify.Contracts;

/// <summary>Body of <c>POST /playlists/{id}/items</c>: at most 100 <c>spotify:track:…</c> URIs.</summary>
internal sealed record SpotifyAddItemsRequest(IReadOnlyList<string> Uris);
