using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CleanSpotify.Infrastructure.Persistence.Sqlite;

/// <summary>
/// <see cref="IPlayTotalsWriter"/> on SQLite: every increment in one statement, the rows passed as one JSON array and
/// turned back into rows by <c>json_each</c> (SQLite's counterpart of PostgreSQL's <c>unnest</c>; one statement a row
/// spent most of its time crossing into SQLite and back), in the transaction the caller opened. SQLite's scalar
/// <c>min</c> and <c>max</c> take two values, like PostgreSQL's <c>LEAST</c> and <c>GREATEST</c>; <c>WHERE true</c>
/// tells its parser that <c>ON CONFLICT</c> belongs to the insert, not to a join.
/// </summary>
internal sealed class SqlitePlayTotalsWriter(CleanSpotifyDbContext db) : IPlayTotalsWriter
{
    private static readonly string Upsert = PlayTotalsUpsert.Sql(
        """
        SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, value ->> 9, value ->> 10
        FROM json_each($rows) WHERE true
        """,
        "min",
        "max");

    public async Task UpsertAsync(IReadOnlyList<PlayTotalRecord> increments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(increments);
        await using var command = db.CreateCommand<SqliteCommand>(Upsert);
        command.Parameters.Add(new SqliteParameter("$rows", SqliteType.Text) { Value = RowsJson(increments) });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Each row as an array of its column values, in <see cref="PlayTotalsUpsert.Columns"/> order.</summary>
    private static string RowsJson(IReadOnlyList<PlayTotalRecord> rows)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartArray();
                json.WriteStringValue(row.AppUserId);
                json.WriteNumberValue(row.Month);
                json.WriteNumberValue((int)row.Kind);
                json.WriteStringValue(row.Key);
                json.WriteStringValue(row.Name);
                json.WriteStringValue(PlayTotalsUpsert.ArtistsJson(row));
                json.WriteNumberValue(row.Plays);
                json.WriteNumberValue(row.Streams);
                json.WriteNumberValue(row.MsPlayed);
                json.WriteNumberValue(row.FirstPlayedAt.ToUnixTimeMilliseconds());
                json.WriteNumberValue(row.LastPlayedAt.ToUnixTimeMilliseconds());
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
