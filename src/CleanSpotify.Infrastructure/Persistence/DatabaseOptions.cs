using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// The persistence settings, read once at start: which database, where its data and the Data Protection key ring
/// live. A value that cannot work stops the start with one sentence naming the key.
/// </summary>
internal static class DatabaseOptions
{
    public const string ConnectionStringName = "CleanSpotify";

    public const string ProviderKey = "Database:Provider";

    public const string DataFolder = "App_Data";

    public const string KeysPathKey = "DataProtection:KeysPath";

    public const string KeyStoreKey = "DataProtection:KeyStore";

    public const string CertificatePathKey = "DataProtection:CertificatePath";

    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";

    public static DatabaseProvider ReadProvider(IConfiguration configuration) =>
        ReadEnum(configuration, ProviderKey, DatabaseProvider.Sqlite);

    public static KeyStore ReadKeyStore(IConfiguration configuration) =>
        ReadEnum(configuration, KeyStoreKey, KeyStore.FileSystem);

    /// <summary>The PostgreSQL connection string, which has no default: the server is the operator's.</summary>
    public static string RequirePostgresConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} must be set to a PostgreSQL connection string when {ProviderKey} is Postgres.");

    /// <summary>The configured SQLite connection string, with a relative file resolved against the content root.</summary>
    public static string ResolveSqliteConnectionString(string? configured, string contentRootPath)
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

    private static TEnum ReadEnum<TEnum>(IConfiguration configuration, string key, TEnum fallback)
        where TEnum : struct, Enum
    {
        var configured = configuration[key];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return fallback;
        }

        return Enum.TryParse<TEnum>(configured, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidOperationException(
                $"{key} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}; '{configured}' is not.");
    }
}
