using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanSpotify.Infrastructure.Persistence.Sqlite;

/// <summary>
/// <see cref="IPlayTotalsWriter"/> on SQLite: the upsert prepared once and run per row, in the transaction the caller
/// opened (SQLite's scalar <c>min</c> and <c>max</c> take two values, like PostgreSQL's <c>LEAST</c> and <c>GREATEST</c>).
/// </summary>
internal sealed class SqlitePlayTotalsWriter(CleanSpotifyDbContext db) : IPlayTotalsWriter
{
    private static readonly string Upsert = PlayTotalsUpsert.Sql(
        "VALUES ($user, $month, $kind, $key, $name, $artists, $plays, $streams, $ms, $first, $last)",
        "min",
        "max");

    public async Task UpsertAsync(IReadOnlyList<PlayTotalRecord> increments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(increments);
        await using var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = Upsert;
        var values = new (SqliteParameter Parameter, Func<PlayTotalRecord, object> Value)[]
        {
            (new("$user", SqliteType.Text), r => r.AppUserId),
            (new("$month", SqliteType.Integer), r => r.Month),
            (new("$kind", SqliteType.Integer), r => (int)r.Kind),
            (new("$key", SqliteType.Text), r => r.Key),
            (new("$name", SqliteType.Text), r => r.Name),
            (new("$artists", SqliteType.Text), PlayTotalsUpsert.ArtistsJson),
            (new("$plays", SqliteType.Integer), r => r.Plays),
            (new("$streams", SqliteType.Integer), r => r.Streams),
            (new("$ms", SqliteType.Integer), r => r.MsPlayed),
            (new("$first", SqliteType.Integer), r => r.FirstPlayedAt.ToUnixTimeMilliseconds()),
            (new("$last", SqliteType.Integer), r => r.LastPlayedAt.ToUnixTimeMilliseconds()),
        };
        foreach (var (parameter, _) in values)
        {
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        foreach (var row in increments)
        {
            foreach (var (parameter, value) in values)
            {
                parameter.Value = value(row);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
