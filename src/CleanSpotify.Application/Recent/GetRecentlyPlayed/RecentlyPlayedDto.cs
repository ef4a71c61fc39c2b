using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Application.Recent.GetRecentlyPlayed;

/// <summary>
/// The last plays, newest first, when Spotify produced them, and, when this is an older copy served because Spotify
/// is failing right now, why.
/// </summary>
public sealed record RecentlyPlayedDto(IReadOnlyList<RecentPlayDto> Plays, DateTimeOffset FetchedAt, string? StaleNotice);
