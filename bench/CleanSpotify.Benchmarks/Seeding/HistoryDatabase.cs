using System.Diagnostics;
using CleanSpotify.Benchmarks.Hosting;
using CleanSpotify.SpotifySandbox;
using Npgsql;

namespace CleanSpotify.Benchmarks.Seeding;

/// <summary>
/// The PostgreSQL database of the history-at-scale scenario. Seeding 10 million plays takes minutes, so a seeded
/// database is kept and recognised by its comment (<see cref="PlayPlan.Marker"/>); one of another size, or one whose
/// seeding did not finish (no comment yet), is dropped and seeded again. Drop it by hand with
/// <c>dropdb -h 127.0.0.1 -U cleanspotify &lt;name&gt;</c>.
/// </summary>
internal static class HistoryDatabase
{
    /// <summary>The heavy listener's zone: one with summer time, so every play's local time is really converted.</summary>
    public const string HeavyListenerTimeZone = "Europe/Berlin";

    /// <summary>The server the tests use (<c>.ci/test</c>); <c>CLEANSPOTIFY_BENCH_POSTGRES</c> overrides it.</summary>
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=cleanspotify;Password=cleanspotify";

    /// <summary>
    /// <paramref name="database"/> on the benchmark's server. Index builds of a new migration on 10 million rows
    /// outlast Npgsql's default 30 s command timeout, so statements here may take as long as they need.
    /// </summary>
    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("CLEANSPOTIFY_BENCH_POSTGRES") is { Length: > 0 } server ? server : DefaultServer)
        {
            Database = database,
            CommandTimeout = 0,
        }.ToString();

    /// <summary>
    /// Makes sure <paramref name="configuration"/>'s database holds <paramref name="wanted"/> (any end day) with every
    /// migration applied. Returns the plan it holds and how long seeding took (null when an earlier run's was reused).
    /// </summary>
    public static async Task<(PlayPlan Plan, TimeSpan? Seeding)> EnsureAsync(
        PlayPlan wanted,
        string database,
        IReadOnlyDictionary<string, string?> configuration,
        Workspace workspace,
        SandboxState sandbox,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var existing = PlayPlan.FromMarker(await ServerScalarAsync<string>(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name", database, cancellationToken));
        if (existing is not null && existing with { End = wanted.End } == wanted)
        {
            // Starting the seeder applies migrations added since the database was seeded.
            await using var migrated = await UserSeeder.StartAsync(configuration, workspace, sandbox, cancellationToken);
            return (existing, null);
        }

        var started = Stopwatch.GetTimestamp();
        NpgsqlConnection.ClearAllPools();
        await ServerScalarAsync<object>($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", database, cancellationToken);
        await using (var seeder = await UserSeeder.StartAsync(configuration, workspace, sandbox, cancellationToken))
        {
            await seeder.SeedUnlinkedAsync(wanted.Users, cancellationToken);
        }

        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync(cancellationToken);
        var userIds = await UserIdsAsync(connection, wanted.Users, cancellationToken);
        await using (var preferences = new NpgsqlCommand("""INSERT INTO "UserPreferences" ("AppUserId", "TimeZone") VALUES (@user, @zone)""", connection))
        {
            preferences.Parameters.AddWithValue("user", userIds[0]);
            preferences.Parameters.AddWithValue("zone", HeavyListenerTimeZone);
            await preferences.ExecuteNonQueryAsync(cancellationToken);
        }

        await PlaySeeder.CopyAsync(connection, wanted, userIds, cancellationToken);
#pragma warning disable CA2100 // The marker is built from numbers and a date; COMMENT takes no parameters.
        await using (var marker = new NpgsqlCommand($"COMMENT ON DATABASE \"{database}\" IS '{wanted.Marker}'", connection))
#pragma warning restore CA2100
        {
            await marker.ExecuteNonQueryAsync(cancellationToken);
        }

        return (wanted, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The site user ids of the plan's users, in plan order (user 0, the heavy listener, first).</summary>
    private static async Task<string[]> UserIdsAsync(NpgsqlConnection connection, int users, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("""SELECT "Email", "Id" FROM "AspNetUsers" """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[reader.GetString(0)] = reader.GetString(1);
        }

        return [.. Enumerable.Range(0, users).Select(user => ids[UserSeeder.UnlinkedEmail(user)])];
    }

    /// <summary>Runs <paramref name="sql"/> on the server's <c>postgres</c> database (@name is <paramref name="database"/>).</summary>
    private static async Task<T?> ServerScalarAsync<T>(string sql, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
#pragma warning disable CA2100 // Statements of this class only; the database name is the scenario's constant.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        command.Parameters.AddWithValue("name", database);
        return await command.ExecuteScalarAsync(cancellationToken) is T value ? value : default;
    }
}
