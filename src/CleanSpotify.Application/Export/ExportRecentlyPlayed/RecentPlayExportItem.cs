using System.Text.Json.Serialization;
using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Application.Export.ExportRecentlyPlayed;

/// <summary>One exported play: when it was played, then the track's columns.</summary>
public sealed record RecentPlayExportItem : TrackExportItem, IExportItem<RecentPlayExportItem>
{
    private RecentPlayExportItem(RecentPlayDto play)
        : base(play.TrackId, play.TrackName, play.Artists, play.AlbumName, play.Duration, play.SpotifyUrl)
    {
        PlayedAt = ExportFile.Timestamp(play.PlayedAt);
    }

    [JsonPropertyOrder(-1)]
    public string PlayedAt { get; }

    public static IReadOnlyList<string> CsvHeader { get; } = CsvHeaderAfter("played_at");

    public static RecentPlayExportItem From(RecentPlayDto play)
    {
        ArgumentNullException.ThrowIfNull(play);
        return new RecentPlayExportItem(play);
    }

    public IReadOnlyList<string> ToCsvRow() => CsvRowAfter(PlayedAt);
}
