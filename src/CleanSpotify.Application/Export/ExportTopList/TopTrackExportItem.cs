using System.Globalization;
using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Application.Export.ExportTopList;

/// <summary>One exported track.</summary>
public sealed record TopTrackExportItem(
    int Rank,
    string Name,
    IReadOnlyList<string> Artists,
    string Album,
    string Duration,
    long DurationMs,
    Uri? SpotifyUrl,
    string Id) : IExportItem<TopTrackExportItem>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["rank", "name", "artists", "album", "duration", "spotify_url", "id"];

    public static TopTrackExportItem From(TopTrackDto track)
    {
        ArgumentNullException.ThrowIfNull(track);
        return new TopTrackExportItem(
            track.Rank,
            track.Name,
            track.Artists,
            track.AlbumName,
            ExportFile.Duration(track.Duration),
            (long)track.Duration.TotalMilliseconds,
            track.SpotifyUrl,
            track.Id);
    }

    public IReadOnlyList<string> ToCsvRow() =>
        [Rank.ToString(CultureInfo.InvariantCulture), Name, string.Join(", ", Artists), Album, Duration, SpotifyUrl?.AbsoluteUri ?? string.Empty, Id];
}
