using CleanSpotify.Domain.Listening;

namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>
/// When two plays are the same play: the same track (the same id when both have one, otherwise exactly the same
/// track name and first artist) ending within 15 s of each other, or 60 s when either is minute-precision Account data.
/// </summary>
public static class PlayMatching
{
    public static readonly TimeSpan ExactTolerance = TimeSpan.FromSeconds(15);

    public static readonly TimeSpan MinuteTolerance = TimeSpan.FromSeconds(60);

    public static TimeSpan ToleranceFor(PlaySource a, PlaySource b) =>
        a == PlaySource.AccountData || b == PlaySource.AccountData ? MinuteTolerance : ExactTolerance;

    public static bool IsSameTrack(string? trackIdA, string trackNameA, string? artistA, string? trackIdB, string trackNameB, string? artistB) =>
        trackIdA is not null && trackIdB is not null
            ? string.Equals(trackIdA, trackIdB, StringComparison.Ordinal)
            : string.Equals(trackNameA, trackNameB, StringComparison.Ordinal) && string.Equals(artistA, artistB, StringComparison.Ordinal);

    public static bool IsSamePlay(Play a, Play b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return IsSameTrack(a.TrackId, a.TrackName, FirstArtist(a), b.TrackId, b.TrackName, FirstArtist(b))
            && (a.PlayedAt - b.PlayedAt).Duration() <= ToleranceFor(a.Source, b.Source);
    }

    public static string? FirstArtist(Play play) => play is { ArtistNames.Count: > 0 } ? play.ArtistNames[0] : null;

    /// <summary>The key plays that may match share: track name and first artist.</summary>
    public static string NameKey(string trackName, string? artist) => string.Concat(trackName, "\u001f", artist);
}
