using System.Text.Json.Serialization;
using CleanSpotify.Application.Export;
using CleanSpotify.Domain.Listening;

namespace CleanSpotify.Application.Listening.ExportListeningHistory;

/// <summary>
/// One exported play with exactly the fields of issue #13: a JSON object, and the same fields as a CSV row under
/// <see cref="CsvHeader"/> (artists joined with <c>; </c>). A missing track id is written as null, not left out.
/// </summary>
public sealed record PlayExportItem(
    string PlayedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? TrackId,
    string TrackName,
    IReadOnlyList<string> ArtistNames,
    string AlbumName,
    int MsPlayed,
    bool MsPlayedEstimated,
    string Source) : IExportItem<PlayExportItem>
{
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["played_at", "track_id", "track_name", "artist_names", "album_name", "ms_played", "ms_played_estimated", "source"];

    public static PlayExportItem From(Play play)
    {
        ArgumentNullException.ThrowIfNull(play);
        return new PlayExportItem(
            ExportFile.Timestamp(play.PlayedAt),
            play.TrackId,
            play.TrackName,
            play.ArtistNames,
            play.AlbumName,
            play.MsPlayed,
            play.MsPlayedEstimated,
            SourceName(play.Source));
    }

    /// <summary>The source as a snake_case word: <c>recent</c>, <c>extended</c>, <c>account_data</c>.</summary>
    public static string SourceName(PlaySource source) => source switch
    {
        PlaySource.Recent => "recent",
        PlaySource.Extended => "extended",
        PlaySource.AccountData => "account_data",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown play source."),
    };

    public IReadOnlyList<string> ToCsvRow() =>
    [
        PlayedAt,
        TrackId ?? string.Empty,
        TrackName,
        string.Join("; ", ArtistNames),
        AlbumName,
        MsPlayed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        MsPlayedEstimated ? "true" : "false",
        Source,
    ];
}
