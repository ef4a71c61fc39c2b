using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Application.Export.ExportRecentlyPlayed;

/// <summary>One exported play.</summary>
public sealed record RecentPlayExportItem(
    string PlayedAt,
    string Name,
    IReadOnlyList<string> Artists,
    string Album,
    string Duration,
    long DurationMs,
    Uri? SpotifyUrl,
    string Id) : IExportItem<RecentPlayExportItem>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["played_at", "name", "artists", "album", "duration", "spotify_url", "id"];

    public static RecentPlayExportItem From(RecentPlayDto play)
    {
        ArgumentNullException.ThrowIfNull(play);
        return new RecentPlayExportItem(
            ExportFile.Timestamp(play.PlayedAt),
            play.TrackName,
            play.Artists,
            play.AlbumName,
            ExportFile.Duration(play.Duration),
            (long)play.Duration.TotalMilliseconds,
            play.SpotifyUrl,
            play.TrackId);
    }

    public IReadOnlyList<string> ToCsvRow() =>
        [PlayedAt, Name, string.Join(", ", Artists), Album, Duration, SpotifyUrl?.AbsoluteUri ?? string.Empty, Id];
}
