using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CleanSpotify.Infrastructure.Persistence.Postgres;

/// <summary>The model on PostgreSQL (several instances, one database); owns the PostgreSQL migrations.</summary>
public sealed class PostgresCleanSpotifyDbContext(DbContextOptions<PostgresCleanSpotifyDbContext> options)
    : CleanSpotifyDbContext(options)
{
    internal override bool IsUniqueViolation(Exception exception) =>
        ((exception as DbUpdateException)?.InnerException ?? exception) is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    // FOR KEY SHARE: a concurrent delete of the row waits for this transaction, and one already made is seen as gone.
    internal override async Task<bool> HoldLinkAsync(Guid linkId, CancellationToken cancellationToken) =>
        (await Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM \"SpotifyLinks\" WHERE \"Id\" = {linkId} FOR KEY SHARE")
            .ToListAsync(cancellationToken)).Count > 0;
}
