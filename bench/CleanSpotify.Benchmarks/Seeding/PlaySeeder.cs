using System.Globalization;
using CleanSpotify.Domain.Listening;
using Npgsql;
using NpgsqlTypes;
using PlayTotalsMigration = CleanSpotify.Infrastructure.Persistence.Postgres.Migrations.PlayTotals;

namespace CleanSpotify.Benchmarks.Seeding;

/// <summary>
/// Writes a <see cref="PlayPlan"/> into the site's <c>Plays</c> table with one binary <c>COPY</c> (EF row by row
/// would take hours for 10 million rows), user after user and oldest first, builds the play totals from them as the
/// migration that introduced them does, then has PostgreSQL vacuum and analyse both tables as autovacuum would after a
/// bulk load, so the planner and index-only scans see the real data.
/// </summary>
internal static class PlaySeeder
{
    private const string Copy = """
        COPY "Plays" ("AppUserId", "PlayedAt", "TrackId", "TrackName", "ArtistNames", "ArtistIds", "AlbumName", "AlbumId", "ImageUrl", "MsPlayed", "MsPlayedEstimated", "Source")
        FROM STDIN (FORMAT BINARY)
        """;

    /// <summary>Copies every play of <paramref name="plan"/>; <paramref name="userIds"/>[i] is the site user id of plan user i.</summary>
    public static async Task CopyAsync(NpgsqlConnection connection, PlayPlan plan, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(userIds);
        var tracks = Enumerable.Range(0, PlayPlan.CatalogueTracks).Select(CatalogueTrack.For).ToArray();
        var source = PlaySource.Extended.ToString();
        await using (var importer = await connection.BeginBinaryImportAsync(Copy, cancellationToken))
        {
            for (var user = 0; user < plan.Users; user++)
            {
                foreach (var play in plan.PlaysFor(user))
                {
                    var track = tracks[play.Track];
                    await importer.StartRowAsync(cancellationToken);
                    await importer.WriteAsync(userIds[user], NpgsqlDbType.Varchar, cancellationToken);
                    await importer.WriteAsync(play.PlayedAtMs, NpgsqlDbType.Bigint, cancellationToken);
                    await importer.WriteAsync(track.Id, NpgsqlDbType.Varchar, cancellationToken);
                    await importer.WriteAsync(track.Name, NpgsqlDbType.Varchar, cancellationToken);
                    await importer.WriteAsync(track.ArtistNames, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(track.ArtistIds, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(track.AlbumName, NpgsqlDbType.Varchar, cancellationToken);
                    await importer.WriteAsync(track.AlbumId, NpgsqlDbType.Varchar, cancellationToken);
                    await importer.WriteAsync(track.ImageUrl, NpgsqlDbType.Varchar, cancellationToken);
                    await importer.WriteAsync(play.MsPlayed, NpgsqlDbType.Integer, cancellationToken);
                    await importer.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                    await importer.WriteAsync(source, NpgsqlDbType.Varchar, cancellationToken);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        foreach (var sql in new[] { PlayTotalsMigration.Backfill, """VACUUM (ANALYZE) "Plays", "PlayTotals" """ })
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>A catalogue track with the strings every play of it stores, built once.</summary>
    private sealed record CatalogueTrack(string Id, string Name, string[] ArtistNames, string[] ArtistIds, string AlbumName, string AlbumId, string ImageUrl)
    {
        public static CatalogueTrack For(int track)
        {
            var album = track / PlayPlan.TracksPerAlbum;
            var artist = track / PlayPlan.TracksPerArtist;
            int[] artists = track % 7 == 0 ? [artist, (artist + 1) % (PlayPlan.CatalogueTracks / PlayPlan.TracksPerArtist)] : [artist];
            return new CatalogueTrack(
                Invariant($"benchtrack{track:D12}"),
                Invariant($"Track {track:D5}"),
                [.. artists.Select(a => Invariant($"Artist {a:D4}"))],
                [.. artists.Select(a => Invariant($"benchartist{a:D11}"))],
                Invariant($"Album {album:D4}"),
                Invariant($"benchalbum{album:D12}"),
                Invariant($"https://i.scdn.co/image/ab67616d0000b273{album:x24}"));
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
