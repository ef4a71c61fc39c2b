namespace CleanSpotify.Application.Common.Results;

/// <summary>An expected failure: a stable code, a message fit to show a person, and its kind.</summary>
public sealed record Error(string Code, string Message, ErrorKind Kind)
{
    /// <summary>Per-field messages for validation failures, keyed by the input's name.</summary>
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>For <see cref="ErrorKind.RateLimited"/> and <see cref="ErrorKind.Throttled"/>: when Spotify may be called again.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>When the link is the problem: which fix the page offers.</summary>
    public LinkProblem LinkProblem { get; init; }

    public static Error Validation(string code, string message, IReadOnlyDictionary<string, string[]>? fieldErrors = null) =>
        new(code, message, ErrorKind.Validation) { FieldErrors = fieldErrors ?? new Dictionary<string, string[]>() };

    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);

    public static Error Unauthenticated() =>
        new("auth.required", "Please sign in to continue.", ErrorKind.Unauthenticated);

    public static Error LinkRequired(string code, string message, LinkProblem problem) =>
        new(code, message, ErrorKind.LinkRequired) { LinkProblem = problem };

    /// <summary>A link attempt that cannot be finished: the page offers to start linking again.</summary>
    public static Error LinkAttemptFailed(string code, string message) =>
        new(code, message, ErrorKind.Validation) { LinkProblem = LinkProblem.StartAgain };

    public static Error Upstream(string code, string message) => new(code, message, ErrorKind.Upstream);

    public static Error SpotifyForbidden(string code, string message, LinkProblem problem = LinkProblem.None) =>
        new(code, message, ErrorKind.SpotifyForbidden) { LinkProblem = problem };

    public static Error RateLimited(DateTimeOffset retryAt, string message) =>
        new("spotify.rate_limited", message, ErrorKind.RateLimited) { RetryAt = retryAt };

    public static Error Throttled(string code, DateTimeOffset retryAt, string message) =>
        new(code, message, ErrorKind.Throttled) { RetryAt = retryAt };
}
