using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace CleanSpotify.Tests.Shared;

/// <summary>
/// Builds Spotify data-export files for tests: rows of both formats (the current and the older field names, with the
/// private fields Spotify includes), their JSON files and zips laid out as Spotify sends them.
/// </summary>
internal static class DataExportFiles
{
    /// <summary>Private values every row carries, which must never be stored, logged or kept.</summary>
    public const string IpAddress = "203.0.113.77";

    public const string UserAgent = "unit-probe-agent/9.9 (PrivateUserAgent)";

    public const string Username = "private-probe-username";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>A row of the extended history; <paramref name="older"/> uses the <c>endsong_N.json</c> field set.</summary>
    public static Dictionary<string, object?> Extended(
        DateTimeOffset endedAt, string? trackId, string? track, string? artist, long? msPlayed = 200_000, string? album = "An Album", bool older = false)
    {
        var row = new Dictionary<string, object?>
        {
            ["ts"] = endedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["platform"] = "android",
            ["ms_played"] = msPlayed,
            ["conn_country"] = "SE",
        };
        if (older)
        {
            row["username"] = Username;
            row["ip_addr_decrypted"] = IpAddress;
            row["user_agent_decrypted"] = UserAgent;
        }
        else
        {
            row["ip_addr"] = IpAddress;
        }

        row["master_metadata_track_name"] = track;
        row["master_metadata_album_artist_name"] = artist;
        row["master_metadata_album_album_name"] = album;
        row["spotify_track_uri"] = trackId is null ? null : "spotify:track:" + trackId;
        row["episode_name"] = null;
        row["episode_show_name"] = null;
        row["spotify_episode_uri"] = null;
        if (!older)
        {
            row["audiobook_title"] = null;
            row["audiobook_uri"] = null;
            row["audiobook_chapter_uri"] = null;
            row["audiobook_chapter_title"] = null;
        }

        row["reason_start"] = "trackdone";
        row["reason_end"] = "trackdone";
        row["shuffle"] = false;
        row["skipped"] = false;
        row["offline"] = false;
        row["offline_timestamp"] = endedAt.ToUnixTimeMilliseconds();
        row["incognito_mode"] = false;
        return row;
    }

    /// <summary>A row of Account data (<c>StreamingHistory_music_N.json</c>): minute precision, names only.</summary>
    public static Dictionary<string, object?> Account(DateTimeOffset endedAt, string artist, string track, long msPlayed = 200_000) => new()
    {
        ["endTime"] = endedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        ["artistName"] = artist,
        ["trackName"] = track,
        ["msPlayed"] = msPlayed,
    };

    public static string Json(IEnumerable<Dictionary<string, object?>> rows) => JsonSerializer.Serialize(rows, Indented);

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }
}
