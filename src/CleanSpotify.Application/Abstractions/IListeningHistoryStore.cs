using CleanSpotify.Domain.Listening;

namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: a user's stored plays and the gaps found in them.</summary>
public interface IListeningHistoryStore
{
    /// <summary>Stores the plays not stored yet (the same track ending at the same instant is the same play); returns how many were new.</summary>
    Task<int> AddPlaysAsync(string appUserId, IReadOnlyList<Play> plays, CancellationToken cancellationToken);

    Task AddGapAsync(string appUserId, ListeningGap gap, CancellationToken cancellationToken);

    /// <summary>How many plays are stored and the first and last of them.</summary>
    Task<ListeningHistorySummary> SummarizeAsync(string appUserId, CancellationToken cancellationToken);

    /// <summary>Deletes the user's plays, gaps and collection state; returns how many plays were deleted.</summary>
    Task<int> DeleteForUserAsync(string appUserId, CancellationToken cancellationToken);
}
