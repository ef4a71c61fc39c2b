using Npgsql;

namespace CleanSpotify.Tests.Shared;

/// <summary>
/// The real servers the scale-out tests run against, started on loopback by the README's test command
/// (<c>.ci/test</c>). Override with <c>CLEANSPOTIFY_TEST_POSTGRES</c> (a connection string without a database) and
/// <c>CLEANSPOTIFY_TEST_REDIS</c>. A server that is not there fails the test; nothing is skipped.
/// </summary>
internal static class TestServers
{
    private const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=cleanspotify;Password=cleanspotify";

    public static string Redis => Environment.GetEnvironmentVariable("CLEANSPOTIFY_TEST_REDIS") is { Length: > 0 } redis
        ? redis
        : "127.0.0.1:6379";

    /// <summary>A fresh database name; EF Core's migrations create the database on first start.</summary>
    public static string NewPostgresDatabaseName() => "cleanspotify_test_" + Guid.NewGuid().ToString("N");

    public static string PostgresConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("CLEANSPOTIFY_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultPostgres)
        {
            Database = database,
        }.ToString();

    /// <summary>Drops a test database, closing whatever connections are left on it.</summary>
    public static async Task DropPostgresDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    /// <summary>Runs a statement against the server's <c>postgres</c> database, as the test role.</summary>
    public static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresConnectionString("postgres"));
        await connection.OpenAsync();
#pragma warning disable CA2100 // Test-only statements; database names are generated, never user input.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
