namespace CleanSpotify.Benchmarks.Hosting;

/// <summary>
/// A temporary folder for one run's SQLite database and Data Protection key ring, deleted at the end, and a folder
/// for the servers' logs, which is kept.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private Workspace(string root, string logs)
    {
        Root = root;
        Logs = logs;
    }

    public string Root { get; }

    public string Logs { get; }

    public string Database => Path.Combine(Root, "cleanspotify.db");

    public string Keys => Path.Combine(Root, "keys");

    public string Log(string name) => Path.Combine(Logs, name + ".log");

    public static Workspace Create() => new(
        Directory.CreateTempSubdirectory("cleanspotify-bench-").FullName,
        Directory.CreateTempSubdirectory("cleanspotify-bench-logs-").FullName);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}
