using Npgsql;
using NpgsqlTypes;

namespace CleanSpotify.Infrastructure.Persistence.Postgres;

/// <summary>
/// <see cref="IPlayTotalsWriter"/> on PostgreSQL: every increment in one statement, the rows passed as one array per
/// column and turned back into rows by <c>unnest</c>, on the context's connection and transaction.
/// </summary>
internal sealed class PostgresPlayTotalsWriter(CleanSpotifyDbContext db) : IPlayTotalsWriter
{
    private static readonly string Upsert = PlayTotalsUpsert.Sql(
        "SELECT * FROM unnest(@users, @months, @kinds, @keys, @names, @artists::text[], @plays, @streams, @ms, @first, @last)",
        "LEAST",
        "GREATEST");

    public async Task UpsertAsync(IReadOnlyList<PlayTotalRecord> increments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(increments);
        await using var command = db.CreateCommand<NpgsqlCommand>(Upsert);
        void Column<T>(string name, NpgsqlDbType type, Func<PlayTotalRecord, T> value) =>
            command.Parameters.Add(new NpgsqlParameter<T[]>(name, NpgsqlDbType.Array | type) { TypedValue = [.. increments.Select(value)] });

        Column("users", NpgsqlDbType.Text, r => r.AppUserId);
        Column("months", NpgsqlDbType.Integer, r => r.Month);
        Column("kinds", NpgsqlDbType.Integer, r => (int)r.Kind);
        Column("keys", NpgsqlDbType.Text, r => r.Key);
        Column("names", NpgsqlDbType.Text, r => r.Name);
        Column("artists", NpgsqlDbType.Text, PlayTotalsUpsert.ArtistsJson);
        Column("plays", NpgsqlDbType.Integer, r => r.Plays);
        Column("streams", NpgsqlDbType.Integer, r => r.Streams);
        Column("ms", NpgsqlDbType.Bigint, r => r.MsPlayed);
        Column("first", NpgsqlDbType.Bigint, r => r.FirstPlayedAt.ToUnixTimeMilliseconds());
        Column("last", NpgsqlDbType.Bigint, r => r.LastPlayedAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
