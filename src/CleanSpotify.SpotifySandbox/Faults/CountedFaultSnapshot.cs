namespace CleanSpotify.SpotifySandbox.Faults;

internal sealed record CountedFaultSnapshot(int StatusCode, string Message, string? Reason, int? RetryAfterSeconds, int Remaining, string? ListenerKey);
