namespace CleanSpotify.Infrastructure.Spotify.Contracts;

/// <summary>Spotify's paging object.</summary>
internal sealed record SpotifyPagingResponse<T>(IReadOnlyList<T>? Items, int Limit, int Offset, int Total, string? Next, string? Previous);
