namespace CleanSpotify.Application.Listening;

/// <summary>
/// One track, artist or album over a period: its streams, the time it was listened to, and its first and last play
/// in the period. <see cref="Artists"/> is the track's or album's artists (empty for an artist).
/// </summary>
public sealed record PlayedItemTotal(
    string Name,
    IReadOnlyList<string> Artists,
    int Streams,
    long MsPlayed,
    DateTimeOffset FirstPlayedAt,
    DateTimeOffset LastPlayedAt);
