using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CleanSpotify.SpotifySandbox.Listeners;

namespace CleanSpotify.SpotifySandbox.Admin;

/// <summary>
/// <c>GET /sandbox/listeners/{listenerId}/data-export?kind=extended|account</c>: the listener's Spotify data export
/// as <c>my_spotify_data.zip</c>, laid out and shaped as Spotify's (private fields included, with made-up values), so
/// the import can be tried offline. Its newest plays are the listener's timeline, so they overlap what
/// <c>recently-played</c> returns; older ones are seeded, one to five a day, back three years (the past year for
/// Account data). Some rows are skips, some played for 0 ms, some podcasts.
/// </summary>
internal static class DataExportEndpoints
{
    /// <summary>The made-up private values each row carries, as Spotify's do.</summary>
    public const string IpAddress = "198.51.100.23";

    public const string UserAgent = "sandbox-client/1.0 (SandboxUserAgent)";

    private const int TimelinePlays = 500;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IEndpointRouteBuilder MapDataExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sandbox/listeners/{listenerId}/data-export", (string listenerId, string? kind, SandboxState state) =>
        {
            var extended = kind is null or "extended";
            if (!extended && kind != "account")
            {
                return Results.BadRequest(new ControlError("kind must be extended or account."));
            }

            var export = state.BuildDataExport(listenerId, extended);
            return export is null
                ? Results.NotFound(new ControlError($"Unknown listener '{listenerId}'."))
                : Results.File(export, "application/zip", "my_spotify_data.zip");
        });
        return endpoints;
    }

    /// <summary>The zip for <paramref name="library"/>'s listener at <paramref name="nowMs"/>, from <paramref name="timeline"/>'s plays.</summary>
    internal static byte[] Build(ListenerLibrary library, PlayTimeline timeline, long nowMs, bool extended)
    {
        var recent = timeline.Latest(nowMs, TimelinePlays).Reverse().ToArray();
        var since = recent.Length > 0 ? recent[0].PlayedAtMs : nowMs;
        var years = extended ? 3 : 1;
        var older = SeededPlays(library, DateTimeOffset.FromUnixTimeMilliseconds(since).AddYears(-years).ToUnixTimeMilliseconds(), since);
        var plays = older.Concat(recent.Select(p => (p.Track, p.PlayedAtMs, MsPlayed: (long)p.Track.DurationMs))).ToArray();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (extended)
            {
                var first = DateTimeOffset.FromUnixTimeMilliseconds(plays[0].PlayedAtMs).Year;
                var last = DateTimeOffset.FromUnixTimeMilliseconds(nowMs).Year;
                Add(zip, string.Create(CultureInfo.InvariantCulture, $"Spotify Extended Streaming History/Streaming_History_Audio_{first}-{last}_0.json"),
                    plays.Select(p => ExtendedRow(library, p.Track, p.PlayedAtMs, p.MsPlayed)).Append(PodcastRow(library, nowMs)));
            }
            else
            {
                Add(zip, "MyData/StreamingHistory_music_0.json", plays.Select(p => AccountRow(p.Track, p.PlayedAtMs, p.MsPlayed)));
                Add<IEnumerable<Dictionary<string, object?>>>(zip, "MyData/StreamingHistory_podcast_0.json", [AccountPodcastRow(nowMs)]);
                Add(zip, "MyData/Userdata.json", new Dictionary<string, object?> { ["username"] = library.Listener.UserId, ["country"] = "SE" });
            }
        }

        return buffer.ToArray();
    }

    private static IEnumerable<(CatalogTrack Track, long PlayedAtMs, long MsPlayed)> SeededPlays(ListenerLibrary library, long fromMs, long toMs)
    {
        const long Day = 24L * 3600 * 1000;
        if (library.Tracks.Count == 0)
        {
            yield break;
        }

        for (var dayStart = fromMs - (fromMs % Day); dayStart < toMs; dayStart += Day)
        {
            var hash = ListenerLibrary.Hash(library.Profile.Seed ^ 0x5EED, dayStart / Day);
            var count = (int)(hash % 5) + 1;
            for (var i = 0; i < count; i++)
            {
                var play = ListenerLibrary.Hash(library.Profile.Seed, (dayStart / Day * 8) + i);
                var track = library.Tracks[(int)(play % (ulong)library.Tracks.Count)];
                var endedAt = dayStart + (long)((play >> 20) % (ulong)Day);
                var msPlayed = ((play >> 50) % 10) switch
                {
                    0 => 0L,
                    1 or 2 => 5_000 + (long)((play >> 8) % 25_000),
                    _ => track.DurationMs,
                };
                if (endedAt >= fromMs && endedAt < toMs)
                {
                    yield return (track, endedAt, msPlayed);
                }
            }
        }
    }

    private static Dictionary<string, object?> ExtendedRow(ListenerLibrary library, CatalogTrack track, long playedAtMs, long msPlayed) => new()
    {
        ["ts"] = Iso(playedAtMs),
        ["username"] = library.Listener.UserId,
        ["platform"] = "Android OS 14 API 34 (sandbox)",
        ["ms_played"] = msPlayed,
        ["conn_country"] = "SE",
        ["ip_addr"] = IpAddress,
        ["ip_addr_decrypted"] = IpAddress,
        ["user_agent_decrypted"] = UserAgent,
        ["master_metadata_track_name"] = track.Name,
        ["master_metadata_album_artist_name"] = track.Artists.Count > 0 ? track.Artists[0].Name : null,
        ["master_metadata_album_album_name"] = track.Album.Name,
        ["spotify_track_uri"] = track.Uri,
        ["episode_name"] = null,
        ["episode_show_name"] = null,
        ["spotify_episode_uri"] = null,
        ["audiobook_title"] = null,
        ["audiobook_uri"] = null,
        ["audiobook_chapter_uri"] = null,
        ["audiobook_chapter_title"] = null,
        ["reason_start"] = "trackdone",
        ["reason_end"] = msPlayed < track.DurationMs ? "fwdbtn" : "trackdone",
        ["shuffle"] = false,
        ["skipped"] = msPlayed < track.DurationMs,
        ["offline"] = false,
        ["offline_timestamp"] = playedAtMs / 1000,
        ["incognito_mode"] = false,
    };

    private static Dictionary<string, object?> PodcastRow(ListenerLibrary library, long nowMs) => new()
    {
        ["ts"] = Iso(nowMs - 3_600_000),
        ["username"] = library.Listener.UserId,
        ["ms_played"] = 1_200_000,
        ["ip_addr"] = IpAddress,
        ["master_metadata_track_name"] = null,
        ["spotify_track_uri"] = null,
        ["episode_name"] = "Sandbox Talk, episode 1",
        ["episode_show_name"] = "Sandbox Talk",
        ["spotify_episode_uri"] = "spotify:episode:0000000000000000000000",
    };

    private static Dictionary<string, object?> AccountRow(CatalogTrack track, long playedAtMs, long msPlayed) => new()
    {
        ["endTime"] = DateTimeOffset.FromUnixTimeMilliseconds(playedAtMs).UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        ["artistName"] = track.Artists.Count > 0 ? track.Artists[0].Name : "Unknown Artist",
        ["trackName"] = track.Name,
        ["msPlayed"] = msPlayed,
    };

    private static Dictionary<string, object?> AccountPodcastRow(long nowMs) => new()
    {
        ["endTime"] = DateTimeOffset.FromUnixTimeMilliseconds(nowMs - 3_600_000).UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        ["podcastName"] = "Sandbox Talk",
        ["episodeName"] = "Sandbox Talk, episode 1",
        ["msPlayed"] = 1_200_000,
    };

    private static void Add<T>(ZipArchive zip, string name, T content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        JsonSerializer.Serialize(stream, content, Indented);
    }

    private static string Iso(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
