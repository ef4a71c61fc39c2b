using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Results kept in memory for ever, under the user id and the caller's key, as the real cache keys them.</summary>
public sealed class FakeUserResultCache : IUserResultCache
{
    private readonly Dictionary<string, object?> _entries = [];

    public async ValueTask<T> GetOrCreateAsync<T>(string appUserId, string key, Func<CancellationToken, ValueTask<T>> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (_entries.TryGetValue($"{appUserId}:{key}", out var kept))
        {
            return (T)kept!;
        }

        var value = await create(cancellationToken);
        _entries[$"{appUserId}:{key}"] = value;
        return value;
    }
}
