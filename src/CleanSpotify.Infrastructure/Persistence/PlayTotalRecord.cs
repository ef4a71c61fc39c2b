namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// A user's running totals for one UTC month (<see cref="Month"/> as <c>yyyyMM</c>) or for all time
/// (<see cref="AllTime"/>): of all their plays (<see cref="PlayTotalKind.Plays"/>, empty key) or of one track, album or
/// artist. Kept in step with the Plays table in the same transaction (<see cref="PlayTotals"/>), so /history and /stats
/// read a few hundred rows instead of a heavy listener's 300,000 plays (issue 15).
/// </summary>
internal sealed class PlayTotalRecord : UserOwnedRecord
{
    /// <summary>The <see cref="Month"/> of the all-time totals.</summary>
    public const int AllTime = 0;

    public required int Month { get; init; }

    public required PlayTotalKind Kind { get; init; }

    /// <summary>The track id (the name for a name-only play), the album name or the artist name; empty for <see cref="PlayTotalKind.Plays"/>.</summary>
    public required string Key { get; init; }

    /// <summary>The name and artists of the latest play counted, which is what the stats page shows.</summary>
    public required string Name { get; set; }

    public required List<string> ArtistNames { get; set; }

    public required int Plays { get; set; }

    public required int Streams { get; set; }

    public required long MsPlayed { get; set; }

    public required DateTimeOffset FirstPlayedAt { get; set; }

    public required DateTimeOffset LastPlayedAt { get; set; }
}

/// <summary>What a <see cref="PlayTotalRecord"/> counts.</summary>
internal enum PlayTotalKind
{
    Plays = 0,
    Track = 1,
    Artist = 2,
    Album = 3,
}
