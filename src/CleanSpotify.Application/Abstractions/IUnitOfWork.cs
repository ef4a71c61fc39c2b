namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: runs writes of several stores as one database transaction, so that they all happen or none does. Caches and
/// anything outside the database are not part of it; change them after the transaction returns.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction and commits it when the work returns. The work may run again
    /// from the start if the database asks for a retry, so it must only write through the stores.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
