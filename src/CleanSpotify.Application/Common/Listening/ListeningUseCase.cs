using CleanSpotify.Application.Listening;

namespace CleanSpotify.Application.Common.Listening;

/// <summary>
/// The start every history and stats query shares: the caller's <see cref="ListeningScope"/> (their id, time zone
/// and the UTC period their days cover), handed to the query's own work.
/// </summary>
public abstract class ListeningUseCase<TQuery, TResult>(ICurrentUser currentUser, IUserPreferencesStore preferences)
    : IQueryHandler<TQuery, Result<TResult>>
    where TQuery : IQuery<Result<TResult>>, IListeningPeriodQuery
{
    public async ValueTask<Result<TResult>> Handle(TQuery query, CancellationToken cancellationToken)
    {
        var scope = await ListeningScope.ForAsync(currentUser, preferences, query, cancellationToken);
        return await HandleAsync(query, scope, cancellationToken);
    }

    protected abstract ValueTask<Result<TResult>> HandleAsync(TQuery query, ListeningScope scope, CancellationToken cancellationToken);
}
