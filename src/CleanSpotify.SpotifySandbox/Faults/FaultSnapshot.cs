namespace CleanSpotify.SpotifySandbox.Faults;

/// <summary>What is switched on right now, for the control endpoint and the admin page. A null key means everyone.</summary>
internal sealed record FaultSnapshot(
    RefreshTokenMode RefreshTokenMode,
    AppRateLimitSnapshot? AppRateLimit,
    IReadOnlyList<CountedFaultSnapshot> Pending,
    IReadOnlyDictionary<string, double> LatencyMilliseconds,
    IReadOnlyDictionary<string, DevModeWall> DevModeWalls);
