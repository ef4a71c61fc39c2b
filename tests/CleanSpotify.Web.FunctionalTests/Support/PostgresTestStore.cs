using System.Data.Common;
using System.Text;
using CleanSpotify.Tests.Shared;
using Npgsql;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>A throw-away database on the loopback PostgreSQL server, dropped with the factory.</summary>
public sealed class PostgresTestStore : TestStore
{
    private readonly string _database = TestServers.NewPostgresDatabaseName();

    public override string Provider => "Postgres";

    public override string ConnectionString => TestServers.PostgresConnectionString(_database);

    /// <summary>Every row of every table of the app's schema, as text.</summary>
    public override async Task<IReadOnlyList<(string Source, byte[] Bytes)>> ReadEverythingStoredAsync() =>
        (await DumpTablesAsync()).Select(t => (t.Table, Encoding.UTF8.GetBytes(string.Join('\n', t.Rows)))).ToArray();

    public override async Task<IReadOnlyList<(string Table, IReadOnlyList<string> Rows)>> DumpTablesAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var contents = new List<(string, IReadOnlyList<string>)>();
        foreach (var table in tables)
        {
            var rows = new List<string>();
#pragma warning disable CA2100 // Table names come from the catalogue.
            await using var dump = new NpgsqlCommand($"SELECT t::text FROM \"{table}\" t", connection);
#pragma warning restore CA2100
            await using var reader = await dump.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(reader.GetString(0));
            }

            contents.Add((table, rows));
        }

        return contents;
    }

    /// <summary>Refuses new connections to the database and ends the open ones.</summary>
    public override async Task<IAsyncDisposable> MakeUnavailableAsync()
    {
        await TestServers.ExecuteOnServerAsync($"ALTER DATABASE \"{_database}\" ALLOW_CONNECTIONS false");
        await TestServers.ExecuteOnServerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_database}'");
        NpgsqlConnection.ClearAllPools();
        return new Restore(() => TestServers.ExecuteOnServerAsync($"ALTER DATABASE \"{_database}\" ALLOW_CONNECTIONS true"));
    }

    public override async ValueTask DisposeAsync() => await TestServers.DropPostgresDatabaseAsync(_database);

    protected override DbConnection OpenReader() => new NpgsqlConnection(ConnectionString);

    protected override DbConnection OpenWriter() => new NpgsqlConnection(ConnectionString);

    private sealed class Restore(Func<Task> restore) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await restore();
    }
}
