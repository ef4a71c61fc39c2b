using System.Text.Json;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>A play to store for a test, as the collector or an import would have stored it.</summary>
public sealed record SeedPlay(
    string PlayedAt,
    string? TrackId,
    string TrackName,
    string[] Artists,
    string AlbumName,
    int MsPlayed,
    bool Estimated = true,
    string Source = "Recent",
    string? ImageUrl = null);

/// <summary>Writes plays and gaps straight into the site's database, for pages that only read them.</summary>
public static class StoredPlays
{
    public static async Task AddAsync(CleanSpotifyWebApplicationFactory factory, string appUserId, params SeedPlay[] plays)
    {
        ArgumentNullException.ThrowIfNull(factory);
        foreach (var play in plays)
        {
            await factory.Store.ExecuteAsync(
                "INSERT INTO \"Plays\" (\"AppUserId\", \"PlayedAt\", \"TrackId\", \"TrackName\", \"ArtistNames\", \"ArtistIds\", \"AlbumName\", " +
                "\"ImageUrl\", \"MsPlayed\", \"MsPlayedEstimated\", \"Source\") " +
                "VALUES (@user, @at, @track, @name, @artists, @artistIds, @album, @image, @ms, @estimated, @source)",
                ("@user", appUserId),
                ("@at", Millis(play.PlayedAt)),
                ("@track", (object?)play.TrackId ?? DBNull.Value),
                ("@name", play.TrackName),
                ("@artists", List(factory, play.Artists)),
                ("@artistIds", List(factory, [])),
                ("@album", play.AlbumName),
                ("@image", (object?)play.ImageUrl ?? DBNull.Value),
                ("@ms", play.MsPlayed),
                ("@estimated", play.Estimated),
                ("@source", play.Source));
        }
    }

    public static Task<int> AddGapAsync(CleanSpotifyWebApplicationFactory factory, string appUserId, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.Store.ExecuteAsync(
            "INSERT INTO \"ListeningGaps\" (\"AppUserId\", \"From\", \"To\", \"DetectedAt\") VALUES (@user, @from, @to, @to)",
            ("@user", appUserId),
            ("@from", Millis(from)),
            ("@to", Millis(to)));
    }

    private static long Millis(string instant) =>
        DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    /// <summary>A list column as each provider stores it: a JSON array on SQLite, a <c>text[]</c> on PostgreSQL.</summary>
    private static object List(CleanSpotifyWebApplicationFactory factory, string[] values) =>
        factory.Store.Provider == "Postgres" ? values : JsonSerializer.Serialize(values);
}
