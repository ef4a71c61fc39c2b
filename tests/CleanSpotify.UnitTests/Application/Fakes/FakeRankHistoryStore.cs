using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>
/// In-memory snapshots, one per user, list, range and day, written page by page as the real store does; reads and
/// writes may come from several threads at once. As the recorder, it writes each recorded page at once.
/// </summary>
public sealed class FakeRankHistoryStore : IRankHistoryStore, IRankSnapshotRecorder
{
    private readonly Dictionary<(string AppUserId, TopListKind Kind, TimeRange Range, DateOnly Day), RankSnapshot> _snapshots = [];
    private int _latestBeforeReads;

    /// <summary>Every <see cref="RecordAsync"/> call, in order.</summary>
    public List<(string AppUserId, TopListKind Kind, TimeRange Range, DateOnly Day, int Offset, IReadOnlyList<string> ItemIds)> Recorded { get; } = [];

    public int Lists { get; private set; }

    /// <summary>How many times <see cref="FindLatestBeforeAsync"/> was asked.</summary>
    public int LatestBeforeReads => _latestBeforeReads;

    public FakeRankHistoryStore With(string appUserId, RankSnapshot snapshot)
    {
        _snapshots[(appUserId, snapshot.Kind, snapshot.Range, snapshot.Day)] = snapshot;
        return this;
    }

    public RankSnapshot? SnapshotOf(string appUserId, TopListKind kind, TimeRange range, DateOnly day) =>
        _snapshots.GetValueOrDefault((appUserId, kind, range, day));

    public Task<bool> RecordAsync(RankSnapshotPage page, CancellationToken cancellationToken)
    {
        Record(page);
        return Task.FromResult(true);
    }

    public void Record(RankSnapshotPage page)
    {
        var (user, kind, range, day, offset, itemIds) = page;
        lock (_snapshots)
        {
            Recorded.Add((user.AppUserId, kind, range, day, offset, itemIds.ToArray()));
            var snapshot = SnapshotOf(user.AppUserId, kind, range, day) ?? new RankSnapshot(kind, range, day, []);
            _snapshots[(user.AppUserId, kind, range, day)] = snapshot.WithPage(offset, itemIds);
        }
    }

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<RankSnapshot?> FindLatestBeforeAsync(
        string appUserId, TopListKind kind, TimeRange range, DateOnly day, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _latestBeforeReads);
        return Task.FromResult(Of(appUserId, kind, range).Where(s => s.Day < day).MaxBy(s => s.Day));
    }

    public Task<IReadOnlyList<RankSnapshot>> ListAsync(string appUserId, TopListKind kind, TimeRange range, CancellationToken cancellationToken)
    {
        Lists++;
        return Task.FromResult<IReadOnlyList<RankSnapshot>>(Of(appUserId, kind, range).OrderBy(s => s.Day).ToArray());
    }

    public Task DeleteForUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        foreach (var key in _snapshots.Keys.Where(k => k.AppUserId == appUserId).ToArray())
        {
            _snapshots.Remove(key);
        }

        return Task.CompletedTask;
    }

    private RankSnapshot[] Of(string appUserId, TopListKind kind, TimeRange range)
    {
        lock (_snapshots)
        {
            return _snapshots.Where(e => e.Key.AppUserId == appUserId && e.Key.Kind == kind && e.Key.Range == range).Select(e => e.Value).ToArray();
        }
    }
}
