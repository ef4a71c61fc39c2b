using Microsoft.Data.Sqlite;

namespace CleanSpotify.Infrastructure.IntegrationTests.Support;

/// <summary>Reads the SQLite file behind EF's back, to see what is really stored.</summary>
internal static class RawDatabase
{
    /// <summary>Every row of <paramref name="sql"/> as column name → value (DBNull becomes null).</summary>
    public static async Task<List<Dictionary<string, object?>>> QueryAsync(string databasePath, string sql, params (string Name, object Value)[] parameters)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<Dictionary<string, object?>>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The bytes of the database file and of its write-ahead log, if one is left.</summary>
    public static async Task<byte[]> ReadFileBytesAsync(string databasePath)
    {
        var ct = TestContext.Current.CancellationToken;
        SqliteConnection.ClearAllPools();
        var bytes = new List<byte>(await File.ReadAllBytesAsync(databasePath, ct));
        foreach (var companion in new[] { databasePath + "-wal", databasePath + "-journal" })
        {
            if (File.Exists(companion))
            {
                bytes.AddRange(await File.ReadAllBytesAsync(companion, ct));
            }
        }

        return bytes.ToArray();
    }
}
