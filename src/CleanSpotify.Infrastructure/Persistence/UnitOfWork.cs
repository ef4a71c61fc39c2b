using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IUnitOfWork"/>: the stores of one request share this scope's DbContext, so their
/// <c>SaveChanges</c> and <c>ExecuteDelete</c> calls join the transaction opened here. The transaction runs inside the
/// provider's execution strategy (as a retrying strategy requires of user-opened transactions); inside a transaction
/// already open, the work simply joins it.
/// </summary>
internal sealed class UnitOfWork(CleanSpotifyDbContext db) : IUnitOfWork
{
    public Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (db.Database.CurrentTransaction is not null)
        {
            return work(cancellationToken);
        }

        return db.Database.CreateExecutionStrategy().ExecuteAsync(
            work,
            static async (context, operation, token) =>
            {
                await using var transaction = await context.Database.BeginTransactionAsync(token);
                var result = await operation(token);
                await transaction.CommitAsync(token);
                return result;
            },
            verifySucceeded: null,
            cancellationToken);
    }
}
