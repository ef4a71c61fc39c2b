using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

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
