namespace CleanSpotify.SpotifySandbox.Faults;

/// <summary>The error one <c>/v1</c> call answers with instead of its normal response.</summary>
internal sealed record ApiFault(int StatusCode, string Message, string? Reason, int? RetryAfterSeconds);

/// <summary>A fault for the next <see cref="Remaining"/> calls of one listener, or of everyone when the key is null.</summary>
internal sealed class CountedFault(ApiFault fault, int remaining, string? listenerKey)
{
    public ApiFault Fault { get; } = fault;

    public int Remaining { get; set; } = remaining;

    public string? ListenerKey { get; } = listenerKey;
}

/// <summary>The bodies Spotify sends for the faults the sandbox can inject (spotify-web-api.md §5.4).</summary>
internal static class FaultMessages
{
    public const string RateLimited = "API rate limit exceeded";
    public const string QuotaExceeded = "Too many requests";
    public const string QuotaReason = "QUOTA_EXCEEDED";
    public const string NotRegistered =
        "The user is not registered for this application. Please check your settings on https://developer.spotify.com/dashboard.";
    public const string PremiumRequired =
        "Active premium subscription required for the owner of the app. When the subscription status changes, it can take a few hours before requests are allowed again.";

    public static string ForServerError(int statusCode) => statusCode switch
    {
        500 => "Server error.",
        502 => "Bad gateway.",
        503 => "Service unavailable",
        _ => "Gateway timeout",
    };
}
