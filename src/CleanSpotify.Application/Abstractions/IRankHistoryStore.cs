using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: daily snapshots of each user's top lists, kept for a year.</summary>
public interface IRankHistoryStore
{
    /// <summary>
    /// Writes one fetched page into the user's snapshot for that day (one snapshot per user, list, range and day), if
    /// the page's link still exists; false, with nothing written, when it does not. Call it inside a unit of work:
    /// the link is held until the transaction ends, so an unlink either waits for the write or prevents it.
    /// </summary>
    Task<bool> RecordAsync(RankSnapshotPage page, CancellationToken cancellationToken);

    /// <summary>The most recent snapshot from before <paramref name="day"/>, or null.</summary>
    Task<RankSnapshot?> FindLatestBeforeAsync(string appUserId, TopListKind kind, TimeRange range, DateOnly day, CancellationToken cancellationToken);

    /// <summary>Every kept snapshot of the list, oldest first, including the pages this instance has recorded so far.</summary>
    Task<IReadOnlyList<RankSnapshot>> ListAsync(string appUserId, TopListKind kind, TimeRange range, CancellationToken cancellationToken);

    Task DeleteForUserAsync(string appUserId, CancellationToken cancellationToken);
}
