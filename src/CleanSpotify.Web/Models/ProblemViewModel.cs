namespace CleanSpotify.Web.Models;

/// <summary>Every error page: what went wrong in plain words, and what the user can do next.</summary>
public sealed record ProblemViewModel(int StatusCode, string Title, string Message)
{
    /// <summary>Show the "link Spotify" form as the way forward.</summary>
    public bool OfferLink { get; init; }

    /// <summary>Show a "sign in" link as the way forward.</summary>
    public bool OfferSignIn { get; init; }

    /// <summary>For rate limits: when trying again makes sense.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>"in about 3 minutes", from now until <see cref="RetryAt"/>.</summary>
    public string? RetryIn(DateTimeOffset now) => RetryAt is not { } retryAt ? null : (retryAt - now) switch
    {
        var wait when wait <= TimeSpan.FromSeconds(90) => $"in about {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds",
        var wait when wait <= TimeSpan.FromMinutes(90) => $"in about {(int)Math.Ceiling(wait.TotalMinutes)} minutes",
        var wait => $"in about {(int)Math.Ceiling(wait.TotalHours)} hours",
    };
}
