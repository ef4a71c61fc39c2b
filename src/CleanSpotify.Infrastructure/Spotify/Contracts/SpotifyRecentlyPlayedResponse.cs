namespace CleanSpotify.Infrastructure.Spotify.Contracts;

/// <summary><c>GET /me/player/recently-played</c>: cursor paging, no <c>total</c> to rely on.</summary>
internal sealed record SpotifyRecentlyPlayedResponse(IReadOnlyList<SpotifyPlayHistoryResponse>? Items, string? Next, int Limit);

internal sealed record SpotifyPlayHistoryResponse(SpotifyTrackResponse Track, DateTimeOffset PlayedAt);
