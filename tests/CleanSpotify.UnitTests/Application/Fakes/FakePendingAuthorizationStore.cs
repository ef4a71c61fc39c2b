using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Links;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>In-memory pending authorizations with the port's contract: a state is taken once, and only by its owner.</summary>
public sealed class FakePendingAuthorizationStore : IPendingAuthorizationStore
{
    private readonly Dictionary<string, PendingAuthorization> _byState = new(StringComparer.Ordinal);

    public List<PendingAuthorization> Added { get; } = [];

    public int TakeCalls { get; private set; }

    public FakePendingAuthorizationStore With(PendingAuthorization pending)
    {
        _byState[pending.State] = pending;
        return this;
    }

    public Task AddAsync(PendingAuthorization pending, CancellationToken cancellationToken)
    {
        Added.Add(pending);
        _byState[pending.State] = pending;
        return Task.CompletedTask;
    }

    public Task<PendingAuthorization?> TakeAsync(string state, string appUserId, CancellationToken cancellationToken)
    {
        TakeCalls++;
        if (_byState.TryGetValue(state, out var pending) && string.Equals(pending.AppUserId, appUserId, StringComparison.Ordinal))
        {
            _byState.Remove(state);
            return Task.FromResult<PendingAuthorization?>(pending);
        }

        return Task.FromResult<PendingAuthorization?>(null);
    }

    public Task<IReadOnlyList<PendingAuthorizationInfo>> ListForUserAsync(string appUserId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PendingAuthorizationInfo>>(OfUser(appUserId)
            .OrderBy(p => p.CreatedAt)
            .Select(p => new PendingAuthorizationInfo(p.CreatedAt, p.ExpiresAt))
            .ToArray());

    public Task DeleteForUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        foreach (var pending in OfUser(appUserId).ToArray())
        {
            _byState.Remove(pending.State);
        }

        return Task.CompletedTask;
    }

    public IEnumerable<PendingAuthorization> OfUser(string appUserId) =>
        _byState.Values.Where(p => string.Equals(p.AppUserId, appUserId, StringComparison.Ordinal));
}
