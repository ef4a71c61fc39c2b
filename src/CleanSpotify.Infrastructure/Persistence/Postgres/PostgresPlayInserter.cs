using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CleanSpotify.Infrastructure.Persistence.Postgres;

/// <summary>
/// <see cref="PlayInserter"/> on PostgreSQL: one binary <c>COPY … FROM STDIN</c> per call, on the connection (and
/// so in the transaction) the context has open. Each value is written as its provider type (text, bigint, integer,
/// boolean, text[]), which is what the columns hold.
/// </summary>
internal sealed class PostgresPlayInserter(CleanSpotifyDbContext db) : PlayInserter(db)
{
    protected override async Task InsertAsync(PlayColumns plays, IReadOnlyList<PlayRecord> records, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)Db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {plays.Table} ({plays.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var record in records)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in plays.Columns)
            {
                if (column.Value(record) is { } value)
                {
                    await importer.WriteAsync(value, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
