using CleanSpotify.Application.Listening;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Totals of plays counted in memory, one <see cref="PlayTotalRecord"/> per user, month, kind and key: a play counts
/// once in the totals of all plays, once for its track, once for its album and once for each of its artists. Writers
/// count what they store and flush it as increments (<see cref="PlayTotals"/>); the reader counts a period's loose
/// plays, which it adds to the sums of the whole months inside the period.
/// </summary>
internal sealed class PlayTally
{
    private readonly Dictionary<(string AppUserId, int Month, PlayTotalKind Kind, string Key), PlayTotalRecord> _rows = [];

    public int Count => _rows.Count;

    public IEnumerable<PlayTotalRecord> Rows => _rows.Values;

    /// <summary>The UTC month a play falls in, as <see cref="PlayTotalRecord.Month"/> stores it.</summary>
    public static int MonthOf(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return (utc.Year * 100) + utc.Month;
    }

    /// <summary>Counts a new play in <paramref name="months"/> (its own month and all time, for a writer).</summary>
    public void Add(string appUserId, PlayRecord play, ReadOnlySpan<int> months) =>
        CountInto(appUserId, play, months, plays: 1, play.MsPlayed, IsStream(play.MsPlayed) ? 1 : 0);

    /// <summary>Counts the change of a stored play's time listened to <paramref name="msPlayed"/> (an import's exact figure replacing an estimate).</summary>
    public void Replace(string appUserId, PlayRecord play, int msPlayed, ReadOnlySpan<int> months) =>
        CountInto(appUserId, play, months, plays: 0, msPlayed - play.MsPlayed, (IsStream(msPlayed) ? 1 : 0) - (IsStream(play.MsPlayed) ? 1 : 0));

    public void Clear() => _rows.Clear();

    private static bool IsStream(int msPlayed) => msPlayed >= ListeningRules.StreamThresholdMs;

    private void CountInto(string appUserId, PlayRecord play, ReadOnlySpan<int> months, int plays, long msPlayed, int streams)
    {
        foreach (var month in months)
        {
            void Item(PlayTotalKind kind, string key, string name, List<string> artists) =>
                Increment(appUserId, month, kind, key, name, artists, plays, streams, msPlayed, play.PlayedAt, play.PlayedAt);

            Item(PlayTotalKind.Plays, string.Empty, string.Empty, []);
            Item(PlayTotalKind.Track, play.TrackId ?? play.TrackName, play.TrackName, play.ArtistNames);
            Item(PlayTotalKind.Album, play.AlbumName, play.AlbumName, play.ArtistNames);
            foreach (var artist in play.ArtistNames.Distinct(StringComparer.Ordinal))
            {
                Item(PlayTotalKind.Artist, artist, artist, []);
            }
        }
    }

    private void Increment(
        string appUserId,
        int month,
        PlayTotalKind kind,
        string key,
        string name,
        List<string> artists,
        int plays,
        int streams,
        long msPlayed,
        DateTimeOffset first,
        DateTimeOffset last)
    {
        if (!_rows.TryGetValue((appUserId, month, kind, key), out var row))
        {
            _rows.Add((appUserId, month, kind, key), new PlayTotalRecord
            {
                AppUserId = appUserId,
                Month = month,
                Kind = kind,
                Key = key,
                Name = name,
                ArtistNames = artists,
                Plays = plays,
                Streams = streams,
                MsPlayed = msPlayed,
                FirstPlayedAt = first,
                LastPlayedAt = last,
            });
            return;
        }

        row.Plays += plays;
        row.Streams += streams;
        row.MsPlayed += msPlayed;
        if (last >= row.LastPlayedAt)
        {
            row.Name = name;
            row.ArtistNames = artists;
            row.LastPlayedAt = last;
        }

        if (first < row.FirstPlayedAt)
        {
            row.FirstPlayedAt = first;
        }
    }
}
