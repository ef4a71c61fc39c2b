using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>A temporary SQLite file: the default provider.</summary>
public sealed class SqliteTestStore(string path) : TestStore
{
    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={path}";

    /// <summary>The file and its write-ahead log and journal, read raw.</summary>
    public override async Task<IReadOnlyList<(string Source, byte[] Bytes)>> ReadEverythingStoredAsync()
    {
        SqliteConnection.ClearAllPools();
        var files = new List<(string, byte[])>();
        foreach (var file in new[] { path, path + "-wal", path + "-journal" }.Where(File.Exists))
        {
            files.Add((Path.GetFileName(file), await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken)));
        }

        return files;
    }

    public override async Task<IReadOnlyList<(string Table, IReadOnlyList<string> Rows)>> DumpTablesAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = (SqliteConnection)OpenReader();
        await connection.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var contents = new List<(string, IReadOnlyList<string>)>();
        foreach (var table in tables)
        {
            var rows = new List<string>();
            await using var dump = connection.CreateCommand();
#pragma warning disable CA2100 // Table names come from the catalogue.
            dump.CommandText = $"SELECT * FROM \"{table}\"";
#pragma warning restore CA2100
            await using var reader = await dump.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var columns = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) switch
                {
                    byte[] blob => Encoding.UTF8.GetString(blob),
                    var value => Convert.ToString(value, CultureInfo.InvariantCulture),
                });
                rows.Add(string.Join(" | ", columns));
            }

            contents.Add((table, rows));
        }

        return contents;
    }

    /// <summary>Moves the file away and puts a folder in its place.</summary>
    public override Task<IAsyncDisposable> MakeUnavailableAsync()
    {
        SqliteConnection.ClearAllPools();
        var moved = path + ".moved";
        File.Move(path, moved);
        Directory.CreateDirectory(path);
        return Task.FromResult<IAsyncDisposable>(new Restore(() =>
        {
            Directory.Delete(path);
            File.Move(moved, path);
        }));
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    protected override DbConnection OpenReader() => new SqliteConnection(new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString());

    protected override DbConnection OpenWriter() => new SqliteConnection(new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Pooling = false,
    }.ToString());

    private sealed class Restore(Action restore) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            restore();
            return ValueTask.CompletedTask;
        }
    }
}
