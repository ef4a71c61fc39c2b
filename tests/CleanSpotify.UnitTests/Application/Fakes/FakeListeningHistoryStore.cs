using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Listening;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>In-memory plays and gaps per user with the port's contract: the same track ending at the same instant is stored once.</summary>
public sealed class FakeListeningHistoryStore : IListeningHistoryStore
{
    private readonly Dictionary<string, List<Play>> _plays = new(StringComparer.Ordinal);

    public Dictionary<string, List<ListeningGap>> Gaps { get; } = new(StringComparer.Ordinal);

    public List<string> DeletedUsers { get; } = [];

    public IReadOnlyList<Play> PlaysOf(string appUserId) => _plays.TryGetValue(appUserId, out var plays) ? plays : [];

    public Task<int> AddPlaysAsync(string appUserId, IReadOnlyList<Play> plays, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plays);
        if (!_plays.TryGetValue(appUserId, out var stored))
        {
            stored = [];
            _plays.Add(appUserId, stored);
        }

        var fresh = plays.Where(p => !stored.Any(s => s.PlayedAt == p.PlayedAt && s.TrackId == p.TrackId)).ToArray();
        stored.AddRange(fresh);
        return Task.FromResult(fresh.Length);
    }

    public Task AddGapAsync(string appUserId, ListeningGap gap, CancellationToken cancellationToken)
    {
        if (!Gaps.TryGetValue(appUserId, out var gaps))
        {
            gaps = [];
            Gaps.Add(appUserId, gaps);
        }

        gaps.Add(gap);
        return Task.CompletedTask;
    }

    public Task<ListeningHistorySummary> SummarizeAsync(string appUserId, CancellationToken cancellationToken)
    {
        var plays = PlaysOf(appUserId);
        return Task.FromResult(plays.Count == 0
            ? new ListeningHistorySummary(0, null, null)
            : new ListeningHistorySummary(plays.Count, plays.Min(p => p.PlayedAt), plays.Max(p => p.PlayedAt)));
    }

    public Task<int> DeleteForUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        DeletedUsers.Add(appUserId);
        var count = PlaysOf(appUserId).Count;
        _plays.Remove(appUserId);
        Gaps.Remove(appUserId);
        return Task.FromResult(count);
    }
}
