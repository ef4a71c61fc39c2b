using System.Data.Common;
using System.Reflection;
using Microsoft.AspNetCore.Hosting;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// The database one factory's site runs on, and a way to look at it behind the site's back. This assembly runs on
/// SQLite; CleanSpotify.Web.FunctionalTests.Postgres compiles the same tests with the assembly metadata
/// <see cref="ProviderMetadataKey"/> = <c>Postgres</c>, so the whole suite runs on both providers.
/// SQL given to <see cref="ScalarAsync"/> quotes identifiers and names parameters <c>@name</c>, which both accept.
/// </summary>
public abstract class TestStore : IAsyncDisposable
{
    public const string ProviderMetadataKey = "CleanSpotify.Tests.DatabaseProvider";

    /// <summary>The value of <c>Database:Provider</c>.</summary>
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>The store this test assembly runs on; SQLite files go under <paramref name="folder"/>.</summary>
    public static TestStore ForThisAssembly(string folder)
    {
        var provider = typeof(TestStore).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == ProviderMetadataKey)?.Value;
        return string.Equals(provider, "Postgres", StringComparison.Ordinal)
            ? new PostgresTestStore()
            : new SqliteTestStore(Path.Combine(folder, "app.db"));
    }

    public void Configure(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:CleanSpotify", ConnectionString);
    }

    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = OpenReader();
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

        return await command.ExecuteScalarAsync(ct);
    }

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
}
