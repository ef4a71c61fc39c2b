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
}
