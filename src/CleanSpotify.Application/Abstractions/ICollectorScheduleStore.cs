namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: when each linked user is next polled for plays and next gets rank snapshots. Users whose link is not
/// <c>Linked</c> are never listed; a user with no schedule yet (just linked) is due at once.
/// </summary>
public interface ICollectorScheduleStore
{
    /// <summary>Up to <paramref name="max"/> linked users whose poll is due at <paramref name="now"/>, longest due first.</summary>
    Task<IReadOnlyList<CollectionTarget>> ListDuePollsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    Task SavePollStateAsync(string appUserId, PlayCollectionState state, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> linked users whose daily rank snapshots are due at <paramref name="now"/>, longest due first.</summary>
    Task<IReadOnlyList<CollectionTarget>> ListDueSnapshotsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    Task SaveNextSnapshotAsync(string appUserId, DateTimeOffset nextSnapshotAt, CancellationToken cancellationToken);
}

/// <summary>A linked user to work on: their link, when its refresh token expires, and their poll state (null before the first poll).</summary>
public sealed record CollectionTarget(string AppUserId, Guid LinkId, DateTimeOffset RefreshTokenExpiresAt, PlayCollectionState? State);

/// <summary>
/// Where collection stands for a user: the link it was collected through (a new link starts afresh), the end time
/// of the newest stored play (the <c>after</c> cursor), the last poll, the next one, and the listening rate seen.
/// </summary>
public sealed record PlayCollectionState(Guid LinkId, DateTimeOffset? LastPlayedAt, DateTimeOffset? LastPolledAt, DateTimeOffset NextPollAt, double PlaysPerHour);
