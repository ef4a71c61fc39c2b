namespace CleanSpotify.Application.SpotifyData;

/// <summary>One play: which track, and when it was played.</summary>
public sealed record RecentPlayDto(
    string TrackId,
    string TrackName,
    IReadOnlyList<string> Artists,
    string AlbumName,
    Uri? ImageUrl,
    TimeSpan Duration,
    Uri? SpotifyUrl,
    DateTimeOffset PlayedAt);
