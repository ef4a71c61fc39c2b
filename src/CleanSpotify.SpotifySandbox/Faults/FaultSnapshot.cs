namespace CleanSpotify.SpotifySandbox.Faults;

/// <summary>What is switched on right now, for the control endpoint and the admin page. A null key means everyone.</summary>
internal sealed record FaultSnapshot(
    RefreshTokenMode RefreshTokenMode,
    AppRateLimitSnapshot? AppRateLimit,
    IReadOnlyList<CountedFaultSnapshot> Pending,
    IReadOnlyDictionary<string, double> LatencyMilliseconds,
    IReadOnlyDictionary<string, DevModeWall> DevModeWalls);

/// <summary>The app-wide rolling limit in force: calls allowed per window, and how many the current window holds.</summary>
internal sealed record AppRateLimitSnapshot(int Calls, double WindowSeconds, int CallsInWindow);

internal sealed record CountedFaultSnapshot(int StatusCode, string Message, string? Reason, int? RetryAfterSeconds, int Remaining, string? ListenerKey);
