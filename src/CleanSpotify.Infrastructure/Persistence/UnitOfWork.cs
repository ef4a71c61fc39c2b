using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IUnitOfWork"/>: the stores of one request share this scope's DbContext, so their
/// <c>SaveChanges</c> and <c>ExecuteDelete</c> calls join the transaction opened here. The transaction runs inside the
/// provider's execution strategy (as a retrying strategy requires of user-opened transactions); inside a transaction
/// already open, the work simply joins it. The play totals the work counted are written just before the commit
/// (<see cref="PlayTotals"/>), and forgotten when an attempt fails.
/// </summary>
internal sealed class UnitOfWork(CleanSpotifyDbContext db, PlayTotals playTotals) : IUnitOfWork
{
    public Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (db.Database.CurrentTransaction is not null)
        {
            return work(cancellationToken);
        }

        return db.Database.CreateExecutionStrategy().ExecuteAsync(
            (Work: work, Totals: playTotals),
            static async (context, state, token) =>
            {
                state.Totals.Discard();
                await using var transaction = await context.Database.BeginTransactionAsync(token);
                try
                {
                    var result = await state.Work(token);
                    await state.Totals.FlushAsync(token);
                    await transaction.CommitAsync(token);
                    return result;
                }
                finally
                {
                    state.Totals.Discard();
                }
            },
            verifySucceeded: null,
            cancellationToken);
    }
}
