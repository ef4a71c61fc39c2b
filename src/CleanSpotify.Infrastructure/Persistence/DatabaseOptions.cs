using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Which database and how to reach it, bound from <c>Database:Provider</c> and <c>ConnectionStrings:CleanSpotify</c>
/// and checked by <see cref="DatabaseOptionsValidator"/>.
/// </summary>
internal sealed class DatabaseOptions
{
    public const string ConnectionStringName = "CleanSpotify";

    public const string ProviderKey = "Database:Provider";

    public const string DataFolder = "App_Data";

    /// <summary><c>Database:Provider</c> as written; <see cref="Provider"/> reads it once validated.</summary>
    public string? ProviderName { get; set; }

    public string? ConnectionString { get; set; }

    public DatabaseProvider Provider => ConfiguredEnum.Parse(ProviderName, DatabaseProvider.Sqlite);

    public void Bind(IConfiguration configuration)
    {
        ProviderName = configuration[ProviderKey];
        ConnectionString = configuration.GetConnectionString(ConnectionStringName);
    }

    /// <summary>
    /// The configured PostgreSQL connection string, with the server's JIT compiler off for the site's sessions unless
    /// the string's own <c>Options</c> turn it on again. The history and stats queries of a heavy listener cost enough
    /// for PostgreSQL to compile them, which took 40 to 750 ms a query and more than the queries themselves.
    /// </summary>
    public string PostgresConnectionString()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : "-c jit=off " + builder.Options;
        return builder.ToString();
    }

    /// <summary>The configured SQLite connection string (a file under App_Data by default), relative files resolved against the content root.</summary>
    public string SqliteConnectionString(string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(ConnectionString) ? $"Data Source={Path.Combine(DataFolder, "cleanspotify.db")}" : ConnectionString);
        if (!string.IsNullOrEmpty(builder.DataSource)
            && !string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal)
            && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRootPath, builder.DataSource);
        }

        return builder.ToString();
    }
}
