using CleanSpotify.SpotifySandbox.Accounts;
using CleanSpotify.SpotifySandbox.Faults;
using CleanSpotify.SpotifySandbox.Listeners;

namespace CleanSpotify.SpotifySandbox;

/// <summary>
/// Switchable failures. Each takes a listener key, or null for everyone. Unless stated otherwise they apply to
/// <c>/v1</c> calls only; a listener-specific fault wins over one for everyone. Thread-safe.
/// </summary>
public sealed class SandboxFaults
{
    private const string Everyone = "*";

    private readonly Lock _lock = new();
    private readonly GrantStore _grants;
    private readonly ListenerDirectory _listeners;
    private readonly RefreshTokenMode _defaultRefreshTokenMode;
    private readonly TimeProvider _timeProvider;
    private readonly List<CountedFault> _counted = [];
    private readonly Queue<DateTimeOffset> _appCalls = new();
    private readonly Dictionary<string, TimeSpan> _latency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DevModeWall> _walls = new(StringComparer.Ordinal);
    private RefreshTokenMode _refreshTokenMode;
    private RollingLimit? _appRateLimit;

    internal SandboxFaults(GrantStore grants, ListenerDirectory listeners, RefreshTokenMode defaultRefreshTokenMode, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _grants = grants;
        _listeners = listeners;
        _defaultRefreshTokenMode = defaultRefreshTokenMode;
        _refreshTokenMode = defaultRefreshTokenMode;
    }

    /// <summary>What the refresh grant does from now on (token endpoint). Starts as <see cref="SandboxOptions.RefreshTokenMode"/>.</summary>
    public RefreshTokenMode RefreshTokenMode
    {
        get => _lock.Read(() => _refreshTokenMode);
        set => _lock.Read(() => _refreshTokenMode = value);
    }

    /// <summary>Makes every access token issued so far expire now; the next API call with one answers 401.</summary>
    public void ExpireAccessTokens(string? listenerKey)
    {
        EnsureKnown(listenerKey);
        _grants.ExpireAccessTokens(listenerKey);
    }

    /// <summary>Revokes every refresh token issued so far, as when the user removes the app (token endpoint).</summary>
    public void RevokeRefreshTokens(string? listenerKey)
    {
        EnsureKnown(listenerKey);
        _grants.RevokeRefreshTokens(listenerKey);
    }

    /// <summary>The next <paramref name="count"/> API calls answer 429 with <c>Retry-After</c>; optionally the QUOTA_EXCEEDED body.</summary>
    public void RateLimit(int retryAfterSeconds, bool quotaExceeded, int count, string? listenerKey)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retryAfterSeconds);
        var fault = quotaExceeded
            ? new ApiFault(StatusCodes.Status429TooManyRequests, FaultMessages.QuotaExceeded, FaultMessages.QuotaReason, retryAfterSeconds)
            : new ApiFault(StatusCodes.Status429TooManyRequests, FaultMessages.RateLimited, null, retryAfterSeconds);
        AddCounted(fault, count, listenerKey);
    }

    /// <summary>The next <paramref name="count"/> API calls answer <paramref name="statusCode"/> (500, 502, 503 or 504).</summary>
    public void ServerErrors(int statusCode, int count, string? listenerKey)
    {
        if (statusCode is not (500 or 502 or 503 or 504))
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "Use 500, 502, 503 or 504.");
        }

        AddCounted(new ApiFault(statusCode, FaultMessages.ForServerError(statusCode), null, null), count, listenerKey);
    }

    /// <summary>
    /// Waits <paramref name="delay"/> (wall-clock, not the sandbox's TimeProvider) before every API response;
    /// an aborted request stops waiting. <see cref="TimeSpan.Zero"/> switches it off.
    /// </summary>
    public void Latency(TimeSpan delay, string? listenerKey)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        EnsureKnown(listenerKey);
        lock (_lock)
        {
            if (delay == TimeSpan.Zero)
            {
                _latency.Remove(listenerKey ?? Everyone);
            }
            else
            {
                _latency[listenerKey ?? Everyone] = delay;
            }
        }
    }

    /// <summary>
    /// Spotify's app-wide rolling limit: at most <paramref name="calls"/> API calls, of all listeners together, in any
    /// <paramref name="window"/> (on the sandbox's clock); a call beyond it answers 429 with a <c>Retry-After</c> that
    /// lasts until the oldest counted call leaves the window. Refused calls are not counted. Zero calls switches it off.
    /// </summary>
    public void AppRateLimit(int calls, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calls);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromSeconds(1));
        lock (_lock)
        {
            _appRateLimit = calls == 0 ? null : new RollingLimit(calls, window);
            _appCalls.Clear();
        }
    }

    /// <summary>Every API call answers the 2026 development-mode 403 until <see cref="Reset"/>.</summary>
    public void DevModeForbidden(DevModeWall wall, string? listenerKey)
    {
        if (!Enum.IsDefined(wall))
        {
            throw new ArgumentOutOfRangeException(nameof(wall), wall, "Unknown wall.");
        }

        EnsureKnown(listenerKey);
        lock (_lock)
        {
            _walls[listenerKey ?? Everyone] = wall;
        }
    }

    /// <summary>Clears every switched-on fault and restores the configured refresh mode. Expired or revoked tokens stay so.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _counted.Clear();
            _latency.Clear();
            _walls.Clear();
            _appRateLimit = null;
            _appCalls.Clear();
            _refreshTokenMode = _defaultRefreshTokenMode;
        }
    }

    internal TimeSpan LatencyFor(string? listenerKey)
    {
        lock (_lock)
        {
            return listenerKey is not null && _latency.TryGetValue(listenerKey, out var own)
                ? own
                : _latency.GetValueOrDefault(Everyone);
        }
    }

    /// <summary>The fault an authenticated call of <paramref name="listenerKey"/> gets, consuming one counted use.</summary>
    internal ApiFault? TakeApiFault(string listenerKey)
    {
        lock (_lock)
        {
            if (_walls.TryGetValue(listenerKey, out var wall) || _walls.TryGetValue(Everyone, out wall))
            {
                return new ApiFault(
                    StatusCodes.Status403Forbidden,
                    wall == DevModeWall.NotRegistered ? FaultMessages.NotRegistered : FaultMessages.PremiumRequired,
                    null,
                    null);
            }

            var counted = _counted.Find(c => c.ListenerKey == listenerKey) ?? _counted.Find(c => c.ListenerKey is null);
            if (counted is null)
            {
                return TakeAppCall();
            }

            counted.Remaining--;
            if (counted.Remaining == 0)
            {
                _counted.Remove(counted);
            }

            return counted.Fault;
        }
    }

    /// <summary>Counts one call against the app-wide rolling limit, or the 429 when the window is full. Under the lock.</summary>
    private ApiFault? TakeAppCall()
    {
        if (_appRateLimit is not { } limit)
        {
            return null;
        }

        var now = _timeProvider.GetUtcNow();
        while (_appCalls.TryPeek(out var oldest) && oldest <= now - limit.Window)
        {
            _appCalls.Dequeue();
        }

        if (_appCalls.Count < limit.Calls)
        {
            _appCalls.Enqueue(now);
            return null;
        }

        var retryAfter = (int)Math.Ceiling((_appCalls.Peek() + limit.Window - now).TotalSeconds);
        return new ApiFault(StatusCodes.Status429TooManyRequests, FaultMessages.RateLimited, null, Math.Max(1, retryAfter));
    }

    internal FaultSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new FaultSnapshot(
                _refreshTokenMode,
                _appRateLimit is { } limit ? new AppRateLimitSnapshot(limit.Calls, limit.Window.TotalSeconds, _appCalls.Count) : null,
                _counted.Select(c => new CountedFaultSnapshot(
                    c.Fault.StatusCode, c.Fault.Message, c.Fault.Reason, c.Fault.RetryAfterSeconds, c.Remaining, c.ListenerKey)).ToArray(),
                _latency.ToDictionary(p => p.Key, p => p.Value.TotalMilliseconds, StringComparer.Ordinal),
                _walls.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        }
    }

    private void AddCounted(ApiFault fault, int count, string? listenerKey)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        EnsureKnown(listenerKey);
        lock (_lock)
        {
            _counted.Add(new CountedFault(fault, count, listenerKey));
        }
    }

    private void EnsureKnown(string? listenerKey)
    {
        if (listenerKey is not null && _listeners.Find(listenerKey) is null)
        {
            throw new ArgumentException($"Unknown listener '{listenerKey}'.", nameof(listenerKey));
        }
    }

    private sealed record RollingLimit(int Calls, TimeSpan Window);
}
