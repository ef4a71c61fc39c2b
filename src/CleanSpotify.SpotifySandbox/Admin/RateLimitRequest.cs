namespace CleanSpotify.SpotifySandbox.Admin;

internal sealed record RateLimitRequest(int RetryAfterSeconds = 1, bool QuotaExceeded = false, int Count = 1, string? ListenerKey = null);
