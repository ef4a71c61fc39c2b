using System.Globalization;
using System.Text.Json.Serialization;
using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Application.Export.ExportTopList;

/// <summary>One exported top track: its rank, then the track's columns.</summary>
public sealed record TopTrackExportItem : TrackExportItem, IExportItem<TopTrackExportItem>
{
    private TopTrackExportItem(TopTrackDto track)
        : base(track.Id, track.Name, track.Artists, track.AlbumName, track.Duration, track.SpotifyUrl)
    {
        Rank = track.Rank;
    }

    [JsonPropertyOrder(-1)]
    public int Rank { get; }

    public static IReadOnlyList<string> CsvHeader { get; } = CsvHeaderAfter("rank");

    public static TopTrackExportItem From(TopTrackDto track)
    {
        ArgumentNullException.ThrowIfNull(track);
        return new TopTrackExportItem(track);
    }

    public IReadOnlyList<string> ToCsvRow() => CsvRowAfter(Rank.ToString(CultureInfo.InvariantCulture));
}
