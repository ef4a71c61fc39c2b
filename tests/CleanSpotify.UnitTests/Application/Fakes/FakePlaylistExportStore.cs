using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Playlists;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>
/// In-memory playlist records with the port's contract, safe to call from several threads at once: one record per
/// user and request id; <see cref="TryReserveAsync"/> lets exactly one caller reserve a request id and hands every
/// other caller the record that holds it; <see cref="CompleteAsync"/> marks a reservation done; <see cref="ReleaseAsync"/>
/// drops only an unfinished reservation. <see cref="HoldFindsUntil"/> makes lookups wait for each other, so that
/// concurrent submissions all miss the lookup and race for the reservation.
/// </summary>
public sealed class FakePlaylistExportStore : IPlaylistExportStore
{
    private static readonly TimeSpan HoldLimit = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private readonly Dictionary<(string AppUserId, Guid RequestId), PlaylistExport> _records = [];
    private readonly List<PlaylistExport> _reserveAttempts = [];
    private readonly List<PlaylistExport> _reserved = [];
    private readonly List<(string AppUserId, Guid RequestId)> _released = [];
    private readonly List<string> _deletedUsers = [];
    private TaskCompletionSource? _findGate;
    private int _findsToHold;

    /// <summary>Every reservation asked for, whether or not it was granted.</summary>
    public IReadOnlyList<PlaylistExport> ReserveAttempts
    {
        get
        {
            lock (_lock)
            {
                return _reserveAttempts.ToArray();
            }
        }
    }

    /// <summary>The reservations granted.</summary>
    public IReadOnlyList<PlaylistExport> Reserved
    {
        get
        {
            lock (_lock)
            {
                return _reserved.ToArray();
            }
        }
    }

    /// <summary>Every <see cref="ReleaseAsync"/> call.</summary>
    public IReadOnlyList<(string AppUserId, Guid RequestId)> Released
    {
        get
        {
            lock (_lock)
            {
                return _released.ToArray();
            }
        }
    }

    public IReadOnlyList<string> DeletedUsers
    {
        get
        {
            lock (_lock)
            {
                return _deletedUsers.ToArray();
            }
        }
    }

    /// <summary>The records kept now, in no particular order.</summary>
    public IReadOnlyList<PlaylistExport> Records
    {
        get
        {
            lock (_lock)
            {
                return _records.Values.ToArray();
            }
        }
    }

    public FakePlaylistExportStore With(PlaylistExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        lock (_lock)
        {
            _records[(export.AppUserId, export.RequestId)] = export;
        }

        return this;
    }

    /// <summary>
    /// The next <paramref name="callers"/> lookups read the store, then wait until all of them have arrived (failing
    /// after a bounded wait rather than hanging a test), so each answers with what was stored when it arrived.
    /// </summary>
    public void HoldFindsUntil(int callers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(callers, 1);
        lock (_lock)
        {
            _findsToHold = callers;
            _findGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public async Task<PlaylistExport?> FindAsync(string appUserId, Guid requestId, CancellationToken cancellationToken)
    {
        Task? gate = null;
        PlaylistExport? found;
        lock (_lock)
        {
            found = _records.GetValueOrDefault((appUserId, requestId));
            if (_findGate is not null)
            {
                gate = _findGate.Task;
                if (--_findsToHold == 0)
                {
                    _findGate.SetResult();
                    _findGate = null;
                }
            }
        }

        if (gate is not null)
        {
            await gate.WaitAsync(HoldLimit, cancellationToken);
        }

        return found;
    }

    public Task<PlaylistExport?> TryReserveAsync(PlaylistExport pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        lock (_lock)
        {
            _reserveAttempts.Add(pending);
            if (_records.TryGetValue((pending.AppUserId, pending.RequestId), out var holder))
            {
                return Task.FromResult<PlaylistExport?>(holder);
            }

            _records[(pending.AppUserId, pending.RequestId)] = pending;
            _reserved.Add(pending);
            return Task.FromResult<PlaylistExport?>(null);
        }
    }

    public Task<PlaylistExport> CompleteAsync(
        string appUserId, Guid requestId, string playlistId, Uri? playlistUrl, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_records.TryGetValue((appUserId, requestId), out var reservation))
            {
                throw new InvalidOperationException($"No reservation for {appUserId}/{requestId} to complete.");
            }

            var done = reservation with { Status = PlaylistExportStatus.Completed, PlaylistId = playlistId, PlaylistUrl = playlistUrl };
            _records[(appUserId, requestId)] = done;
            return Task.FromResult(done);
        }
    }

    public Task ReleaseAsync(string appUserId, Guid requestId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _released.Add((appUserId, requestId));
            if (_records.TryGetValue((appUserId, requestId), out var record) && record.Status == PlaylistExportStatus.InProgress)
            {
                _records.Remove((appUserId, requestId));
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PlaylistExport>> ListForUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<PlaylistExport>>(_records.Values
                .Where(r => string.Equals(r.AppUserId, appUserId, StringComparison.Ordinal))
                .OrderBy(r => r.CreatedAt)
                .ToArray());
        }
    }

    public Task DeleteForUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _deletedUsers.Add(appUserId);
            foreach (var key in _records.Keys.Where(k => string.Equals(k.AppUserId, appUserId, StringComparison.Ordinal)).ToArray())
            {
                _records.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
