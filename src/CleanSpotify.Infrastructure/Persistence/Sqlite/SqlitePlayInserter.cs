using Microsoft.Data.Sqlite;

namespace CleanSpotify.Infrastructure.Persistence.Sqlite;

/// <summary>
/// <see cref="PlayInserter"/> on SQLite: one INSERT prepared once and run per row with new values, in the
/// transaction the caller opened (SQLite has no bulk protocol, and a prepared statement skips parsing and planning).
/// </summary>
internal sealed class SqlitePlayInserter(CleanSpotifyDbContext db) : PlayInserter(db)
{
    protected override async Task InsertAsync(PlayColumns plays, IReadOnlyList<PlayRecord> records, CancellationToken cancellationToken)
    {
        var columns = plays.Columns;
        await using var command = Db.CreateCommand<SqliteCommand>(
            $"INSERT INTO {plays.Table} ({plays.ColumnList}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})");
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, DBNull.Value))).ToArray();
        command.Prepare();
        foreach (var record in records)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Value(record) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
