namespace CleanSpotify.Domain.Listening;

/// <summary>
/// One play of one track by one user, identified by when it ended (<see cref="PlayedAt"/>, UTC). Spotify's API does
/// not say how long a track was played, so collected plays carry the track's length as
/// <see cref="MsPlayed"/> and mark it as an estimate; an imported export gives the exact figure.
/// </summary>
public sealed record Play
{
    public Play(
        string? trackId,
        string trackName,
        IReadOnlyList<string> artistNames,
        string albumName,
        DateTimeOffset playedAt,
        int msPlayed,
        bool msPlayedEstimated,
        PlaySource source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trackName);
        ArgumentNullException.ThrowIfNull(artistNames);
        ArgumentNullException.ThrowIfNull(albumName);
        ArgumentOutOfRangeException.ThrowIfNegative(msPlayed);
        TrackId = trackId;
        TrackName = trackName;
        ArtistNames = artistNames;
        AlbumName = albumName;
        PlayedAt = playedAt.ToUniversalTime();
        MsPlayed = msPlayed;
        MsPlayedEstimated = msPlayedEstimated;
        Source = source;
    }

    /// <summary>Spotify's track id, or null for an Account-data play that matched no known track.</summary>
    public string? TrackId { get; init; }

    public string TrackName { get; init; }

    public IReadOnlyList<string> ArtistNames { get; init; }

    /// <summary>Spotify's artist ids in the order of <see cref="ArtistNames"/>, when known.</summary>
    public IReadOnlyList<string> ArtistIds { get; init; } = [];

    public string AlbumName { get; init; }

    public string? AlbumId { get; init; }

    public Uri? ImageUrl { get; init; }

    /// <summary>When the play ended, in UTC.</summary>
    public DateTimeOffset PlayedAt { get; init; }

    public int MsPlayed { get; init; }

    /// <summary>True when <see cref="MsPlayed"/> is the track's length rather than the time actually played.</summary>
    public bool MsPlayedEstimated { get; init; }

    public PlaySource Source { get; init; }
}
