namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Inserts new plays in bulk on the context's open connection and transaction, without the change tracker and
/// without reading generated keys back: the provider's fastest way (SQLite: one prepared statement reused;
/// PostgreSQL: binary COPY). A row that breaks a constraint fails the whole call.
/// </summary>
internal interface IPlayInserter
{
    Task InsertAsync(IReadOnlyList<PlayRecord> records, CancellationToken cancellationToken);
}
