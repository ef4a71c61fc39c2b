namespace CleanSpotify.SpotifySandbox.Admin;

internal sealed record LatencyRequest(int DelayMs = 0, string? ListenerKey = null);
