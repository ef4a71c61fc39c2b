using Microsoft.Data.Sqlite;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>Where data lives by default: <c>App_Data</c> under the app's content root.</summary>
internal static class DatabaseOptions
{
    public const string ConnectionStringName = "CleanSpotify";

    public const string DataFolder = "App_Data";

    public const string KeysPathKey = "DataProtection:KeysPath";

    /// <summary>The configured SQLite connection string, with a relative file resolved against the content root.</summary>
    public static string ResolveConnectionString(string? configured, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? $"Data Source={Path.Combine(DataFolder, "cleanspotify.db")}" : configured);
        if (!string.IsNullOrEmpty(builder.DataSource)
            && !string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal)
            && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRootPath, builder.DataSource);
        }

        return builder.ToString();
    }

    public static string ResolveKeysPath(string? configured, string contentRootPath) =>
        string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(contentRootPath, DataFolder, "keys")
            : Path.GetFullPath(configured, contentRootPath);
}
