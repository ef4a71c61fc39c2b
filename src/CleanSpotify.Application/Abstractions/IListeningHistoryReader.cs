using CleanSpotify.Application.Listening;
using CleanSpotify.Domain.Listening;

namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: reads a user's stored plays and gaps. Every read is filtered by user and by <see cref="PlayPeriod"/> in the
/// database; aggregates that the database can compute are asked of it, and only narrow rows come back for the rest.
/// </summary>
public interface IListeningHistoryReader
{
    Task<int> CountAsync(string appUserId, PlayPeriod period, CancellationToken cancellationToken);

    /// <summary>A value that changes whenever the user's stored plays change (added, replaced or deleted).</summary>
    Task<string> VersionAsync(string appUserId, CancellationToken cancellationToken);

    /// <summary>One page of plays, newest first.</summary>
    Task<IReadOnlyList<Play>> ListAsync(string appUserId, PlayPeriod period, int skip, int take, CancellationToken cancellationToken);

    /// <summary>Every play of the period, oldest first, read as it is consumed.</summary>
    IAsyncEnumerable<Play> ReadAllAsync(string appUserId, PlayPeriod period, CancellationToken cancellationToken);

    /// <summary>When each play of the period ended and how long it was played, oldest first.</summary>
    Task<IReadOnlyList<PlayMoment>> ListMomentsAsync(string appUserId, PlayPeriod period, CancellationToken cancellationToken);

    /// <summary>The period's most played tracks, artists or albums, by streams or by time listened.</summary>
    Task<IReadOnlyList<PlayedItemTotal>> TopAsync(
        string appUserId, PlayPeriod period, PlayedItemKind kind, PlayedItemOrder order, int take, CancellationToken cancellationToken);

    /// <summary>The gaps that overlap the period, newest first.</summary>
    Task<IReadOnlyList<ListeningGap>> ListGapsAsync(string appUserId, PlayPeriod period, CancellationToken cancellationToken);
}
