using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CleanSpotify.Infrastructure.Persistence.Postgres;

/// <summary>The model on PostgreSQL (several instances, one database); owns the PostgreSQL migrations.</summary>
public sealed class PostgresCleanSpotifyDbContext(DbContextOptions<PostgresCleanSpotifyDbContext> options, TokenProtector tokenProtector)
    : CleanSpotifyDbContext(options, tokenProtector)
{
    internal override bool IsUniqueViolation(Exception exception) =>
        ((exception as DbUpdateException)?.InnerException ?? exception) is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
