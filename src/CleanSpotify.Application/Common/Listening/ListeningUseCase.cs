using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening;

namespace CleanSpotify.Application.Common.Listening;

/// <summary>
/// The start every history and stats query shares: the caller's <see cref="ListeningScope"/>, or the error (signed
/// out) that ends the query before its own work.
/// </summary>
public abstract class ListeningUseCase<TQuery, TResult>(ICurrentUser currentUser, IUserPreferencesStore preferences)
    : IQueryHandler<TQuery, Result<TResult>>
    where TQuery : IQuery<Result<TResult>>, IListeningPeriodQuery
{
    public async ValueTask<Result<TResult>> Handle(TQuery query, CancellationToken cancellationToken)
    {
        var scope = await ListeningScope.ForAsync(currentUser, preferences, query, cancellationToken);
        return scope.IsSuccess ? await HandleAsync(query, scope.Value, cancellationToken) : scope.Error;
    }

    protected abstract ValueTask<Result<TResult>> HandleAsync(TQuery query, ListeningScope scope, CancellationToken cancellationToken);
}
