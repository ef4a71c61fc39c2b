using System.Data.Common;
using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// The database one factory's site runs on, and a way to look at it behind the site's back. The suite runs on SQLite,
/// or on PostgreSQL when <see cref="ProviderVariable"/> is <c>Postgres</c>: the test command runs it once each way.
/// SQL given to <see cref="ScalarAsync"/> quotes identifiers and names parameters <c>@name</c>, which both accept.
/// </summary>
public abstract class TestStore : IAsyncDisposable
{
    public const string ProviderVariable = "CLEANSPOTIFY_TEST_DATABASE";

    /// <summary>The value of <c>Database:Provider</c>.</summary>
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>
    /// The store <see cref="ProviderVariable"/> names (unset or <c>Sqlite</c>: SQLite, <c>Postgres</c>: PostgreSQL);
    /// SQLite files go under <paramref name="folder"/>. Any other value fails, so a typo cannot quietly run SQLite twice.
    /// </summary>
    public static TestStore FromEnvironment(string folder) =>
        Environment.GetEnvironmentVariable(ProviderVariable) switch
        {
            null or "" or "Sqlite" => new SqliteTestStore(Path.Combine(folder, "app.db")),
            "Postgres" => new PostgresTestStore(),
            var other => throw new InvalidOperationException($"{ProviderVariable}={other}: use Sqlite or Postgres."),
        };

    public void Configure(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:CleanSpotify", ConnectionString);
    }

    public Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters) =>
        RunAsync(OpenReader(), sql, parameters, (command, ct) => command.ExecuteScalarAsync(ct));

    /// <summary>Runs a write behind the site's back (e.g. rows a background job would have stored); returns the rows affected.</summary>
    public Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters) =>
        RunAsync(OpenWriter(), sql, parameters, (command, ct) => command.ExecuteNonQueryAsync(ct));

    /// <summary>Every row <paramref name="sql"/> returns, each as its column values.</summary>
    public Task<IReadOnlyList<object?[]>> QueryAsync(string sql, params (string Name, object Value)[] parameters) =>
        RunAsync<IReadOnlyList<object?[]>>(OpenReader(), sql, parameters, async (command, ct) =>
        {
            var rows = new List<object?[]>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = await reader.IsDBNullAsync(i, ct) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            return rows;
        });

    /// <summary>Everything the database keeps, as bytes to search for secrets that must not be there in plain text.</summary>
    public abstract Task<IReadOnlyList<(string Source, byte[] Bytes)>> ReadEverythingStoredAsync();

    /// <summary>
    /// Every table of the database (Identity's, the key ring's and the migrations history included), each with all
    /// its rows, each row with every column as text.
    /// </summary>
    public abstract Task<IReadOnlyList<(string Table, IReadOnlyList<string> Rows)>> DumpTablesAsync();

    /// <summary>Makes the database unreachable for the site until the returned handle is disposed.</summary>
    public abstract Task<IAsyncDisposable> MakeUnavailableAsync();

    public abstract ValueTask DisposeAsync();

    protected abstract DbConnection OpenReader();

    protected abstract DbConnection OpenWriter();

    private static async Task<T> RunAsync<T>(
        DbConnection connection, string sql, (string Name, object Value)[] parameters, Func<DbCommand, CancellationToken, Task<T>> run)
    {
        var ct = TestContext.Current.CancellationToken;
        await using (connection)
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test-only SQL built from constants; values go in parameters.
            command.CommandText = sql;
#pragma warning restore CA2100
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            return await run(command, ct);
        }
    }
}
