namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: results computed from one user's stored data, kept for a while under a key the caller builds from everything
/// the result depends on (the period, the time zone, the day, the data's version), so a changed input is a new key
/// rather than an invalidation. Entries of one user are never served to another.
/// </summary>
public interface IUserResultCache
{
    ValueTask<T> GetOrCreateAsync<T>(string appUserId, string key, Func<CancellationToken, ValueTask<T>> create, CancellationToken cancellationToken);
}
