namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>The database engines CleanSpotify runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A file next to the app: one machine, the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several app instances.</summary>
    Postgres,
}
