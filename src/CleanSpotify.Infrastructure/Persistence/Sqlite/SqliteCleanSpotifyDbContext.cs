using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence.Sqlite;

/// <summary>The model on SQLite (the default, one machine); owns the SQLite migrations.</summary>
public sealed class SqliteCleanSpotifyDbContext(DbContextOptions<SqliteCleanSpotifyDbContext> options)
    : CleanSpotifyDbContext(options)
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE.</summary>
    private const int UniqueViolation = 2067;

    internal override bool IsUniqueViolation(Exception exception) =>
        ((exception as DbUpdateException)?.InnerException ?? exception) is SqliteException { SqliteExtendedErrorCode: UniqueViolation };

    // SQLite has one writer at a time: a transaction that has already written holds every row until it ends.
    internal override Task<bool> HoldLinkAsync(Guid linkId, CancellationToken cancellationToken) =>
        SpotifyLinks.AnyAsync(link => link.Id == linkId, cancellationToken);
}
