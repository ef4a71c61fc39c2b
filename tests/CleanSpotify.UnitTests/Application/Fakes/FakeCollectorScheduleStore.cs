using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>
/// Linked users (<see cref="Link"/>) and their saved states, with the port's contract: a user with no state, or a
/// state from another link, is due at once; otherwise when their next poll (or snapshot) has come.
/// </summary>
public sealed class FakeCollectorScheduleStore : ICollectorScheduleStore
{
    private readonly List<(string AppUserId, Guid LinkId, DateTimeOffset RefreshTokenExpiresAt)> _links = [];

    public Dictionary<string, PlayCollectionState> PollStates { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DateTimeOffset> NextSnapshots { get; } = new(StringComparer.Ordinal);

    public Guid Link(string appUserId, DateTimeOffset refreshTokenExpiresAt)
    {
        var linkId = Guid.NewGuid();
        _links.Add((appUserId, linkId, refreshTokenExpiresAt));
        return linkId;
    }

    public Task<IReadOnlyList<CollectionTarget>> ListDuePollsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CollectionTarget>>(_links
            .Select(l => new CollectionTarget(l.AppUserId, l.LinkId, l.RefreshTokenExpiresAt, PollStates.GetValueOrDefault(l.AppUserId)))
            .Where(t => t.State is null || t.State.LinkId != t.LinkId || t.State.NextPollAt <= now)
            .Take(max)
            .ToArray());

    public Task SavePollStateAsync(string appUserId, PlayCollectionState state, CancellationToken cancellationToken)
    {
        PollStates[appUserId] = state;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CollectionTarget>> ListDueSnapshotsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CollectionTarget>>(_links
            .Where(l => !NextSnapshots.TryGetValue(l.AppUserId, out var next) || next <= now)
            .Select(l => new CollectionTarget(l.AppUserId, l.LinkId, l.RefreshTokenExpiresAt, null))
            .Take(max)
            .ToArray());

    public Task SaveNextSnapshotAsync(string appUserId, DateTimeOffset nextSnapshotAt, CancellationToken cancellationToken)
    {
        NextSnapshots[appUserId] = nextSnapshotAt;
        return Task.CompletedTask;
    }
}
