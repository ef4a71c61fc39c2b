using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CleanSpotify.Tests.Shared;

namespace CleanSpotify.Benchmarks.Seeding;

/// <summary>
/// Writes an extended streaming history as Spotify sends it: a zip whose <c>Spotify Extended Streaming History/</c>
/// folder holds indented <c>Streaming_History_Audio_*.json</c> files of up to <see cref="RowsPerFile"/> rows, every row
/// with the private fields (<c>ip_addr</c>, platform, country…) the site must never keep. Deterministic: the same
/// count gives the same bytes. About one row in 50 is a podcast episode and one in 200 was played for 0 ms.
/// </summary>
internal static class ExtendedExportWriter
{
    public const int RowsPerFile = 15_000;

    private const int Tracks = 5_000;

    private const int Artists = 300;

    private static readonly DateTimeOffset FirstPlay = new(2015, 1, 1, 7, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes <paramref name="rows"/> rows to a new zip at <paramref name="path"/>; returns how many are music plays.</summary>
    public static int Write(string path, int rows)
    {
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        zip.CreateEntry("Spotify Extended Streaming History/ReadMeFirst_ExtendedStreamingHistory.pdf").Open().Dispose();
        var plays = 0;
        for (var first = 0; first < rows; first += RowsPerFile)
        {
            var count = Math.Min(RowsPerFile, rows - first);
            var from = EndedAt(first).Year;
            var to = EndedAt(first + count - 1).Year;
            var name = string.Create(CultureInfo.InvariantCulture, $"Spotify Extended Streaming History/Streaming_History_Audio_{from}-{to}_{first / RowsPerFile}.json");
            using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            JsonSerializer.Serialize(entry, Enumerable.Range(first, count).Select(Row), Indented);
            plays += Enumerable.Range(first, count).Count(IsMusicPlay);
        }

        return plays;
    }

    /// <summary>Plays about 3.5 minutes long, one after another in sessions, spread over about ten years for 300,000 rows.</summary>
    private static DateTimeOffset EndedAt(int index) => FirstPlay.AddSeconds((index * 211L) + ((index / 40) * 2_000L));

    private static bool IsMusicPlay(int index) => !IsEpisode(index) && !IsZeroPlay(index);

    private static bool IsEpisode(int index) => index % 50 == 49;

    private static bool IsZeroPlay(int index) => index % 200 == 3;

    private static Dictionary<string, object?> Row(int index)
    {
        var track = (int)((index * 2_654_435_761L) % Tracks);
        var row = DataExportFiles.Extended(
            EndedAt(index),
            string.Create(CultureInfo.InvariantCulture, $"{track:D6}bench{track * 7919:D10}x"),
            string.Create(CultureInfo.InvariantCulture, $"Song number {track}"),
            string.Create(CultureInfo.InvariantCulture, $"Band {track % Artists}"),
            IsZeroPlay(index) ? 0 : 30_000 + (index * 7_919L % 200_000),
            string.Create(CultureInfo.InvariantCulture, $"Album {track / 12}"));
        if (IsEpisode(index))
        {
            row["master_metadata_track_name"] = null;
            row["master_metadata_album_artist_name"] = null;
            row["master_metadata_album_album_name"] = null;
            row["spotify_track_uri"] = null;
            row["episode_name"] = string.Create(CultureInfo.InvariantCulture, $"Episode {index}");
            row["episode_show_name"] = "A Show";
            row["spotify_episode_uri"] = string.Create(CultureInfo.InvariantCulture, $"spotify:episode:ep{index:D20}");
        }

        return row;
    }
}
