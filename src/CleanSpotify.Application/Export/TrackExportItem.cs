namespace CleanSpotify.Application.Export;

/// <summary>
/// The columns of an exported track, whichever list it comes from: a list's own item puts its first column (the
/// rank, or when it was played) before them, in the JSON items and in the CSV rows alike.
/// </summary>
public abstract record TrackExportItem
{
    protected TrackExportItem(string id, string name, IReadOnlyList<string> artists, string album, TimeSpan duration, Uri? spotifyUrl)
    {
        Name = name;
        Artists = artists;
        Album = album;
        Duration = ExportFile.Duration(duration);
        DurationMs = (long)duration.TotalMilliseconds;
        SpotifyUrl = spotifyUrl;
        Id = id;
    }

    public string Name { get; }

    public IReadOnlyList<string> Artists { get; }

    public string Album { get; }

    public string Duration { get; }

    public long DurationMs { get; }

    public Uri? SpotifyUrl { get; }

    public string Id { get; }

    /// <summary>The CSV header: the list's own first column, then the track's.</summary>
    protected static IReadOnlyList<string> CsvHeaderAfter(string first) => [first, "name", "artists", "album", "duration", "spotify_url", "id"];

    /// <summary>The CSV row: the list's own first value, then the track's.</summary>
    protected IReadOnlyList<string> CsvRowAfter(string first) =>
        [first, Name, string.Join(", ", Artists), Album, Duration, SpotifyUrl?.AbsoluteUri ?? string.Empty, Id];
}
