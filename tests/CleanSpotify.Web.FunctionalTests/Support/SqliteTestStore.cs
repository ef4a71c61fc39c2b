using System.Data.Common;
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

    private sealed class Restore(Action restore) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            restore();
            return ValueTask.CompletedTask;
        }
    }
}
