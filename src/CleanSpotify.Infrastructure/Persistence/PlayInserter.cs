namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Inserts new plays in bulk on the context's open connection and transaction, without the change tracker and
/// without reading generated keys back: the provider's fastest way (SQLite: one prepared statement reused;
/// PostgreSQL: binary COPY). A row that breaks a constraint fails the whole call. An empty batch sends nothing.
/// </summary>
internal abstract class PlayInserter(CleanSpotifyDbContext db)
{
    protected CleanSpotifyDbContext Db { get; } = db;

    public async Task InsertAsync(IReadOnlyList<PlayRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count > 0)
        {
            await InsertAsync(PlayColumns.For(Db), records, cancellationToken);
        }
    }

    /// <summary>Writes <paramref name="records"/> (never empty) into <paramref name="plays"/>' table, one row each.</summary>
    protected abstract Task InsertAsync(PlayColumns plays, IReadOnlyList<PlayRecord> records, CancellationToken cancellationToken);
}
