using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence.Sqlite;

/// <summary>The model on SQLite (the default, one machine); owns the SQLite migrations.</summary>
public sealed class SqliteCleanSpotifyDbContext(DbContextOptions<SqliteCleanSpotifyDbContext> options, TokenProtector tokenProtector)
    : CleanSpotifyDbContext(options, tokenProtector)
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE.</summary>
    private const int UniqueViolation = 2067;

    internal override bool IsUniqueViolation(Exception exception) =>
        ((exception as DbUpdateException)?.InnerException ?? exception) is SqliteException { SqliteExtendedErrorCode: UniqueViolation };
}
