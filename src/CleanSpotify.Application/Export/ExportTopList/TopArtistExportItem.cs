using System.Globalization;
using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Application.Export.ExportTopList;

/// <summary>One exported artist.</summary>
public sealed record TopArtistExportItem(int Rank, string Name, IReadOnlyList<string> Genres, Uri? SpotifyUrl, string Id) : IExportItem<TopArtistExportItem>
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["rank", "name", "genres", "spotify_url", "id"];

    public static TopArtistExportItem From(TopArtistDto artist)
    {
        ArgumentNullException.ThrowIfNull(artist);
        return new TopArtistExportItem(artist.Rank, artist.Name, artist.Genres, artist.SpotifyUrl, artist.Id);
    }

    public IReadOnlyList<string> ToCsvRow() =>
        [Rank.ToString(CultureInfo.InvariantCulture), Name, string.Join(", ", Genres), SpotifyUrl?.AbsoluteUri ?? string.Empty, Id];
}
