using System.Globalization;
using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Application.Export.ExportTopArtists;

/// <summary>One exported artist: a JSON item, and the same fields as a CSV row under <see cref="CsvHeader"/>.</summary>
public sealed record TopArtistExportItem(int Rank, string Name, IReadOnlyList<string> Genres, Uri? SpotifyUrl, string Id)
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
