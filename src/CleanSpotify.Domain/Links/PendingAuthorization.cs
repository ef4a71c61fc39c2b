namespace CleanSpotify.Domain.Links;

/// <summary>
/// A started link: the <c>state</c> sent to Spotify and the PKCE verifier kept back, bound to one app user and valid
/// for <see cref="Lifetime"/>. Used at most once. <see cref="ToString"/> never prints the state or the verifier.
/// </summary>
public sealed record PendingAuthorization
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The most started links one user may have waiting at once; starting another drops the oldest.</summary>
    public const int MaxPerUser = 5;

    public PendingAuthorization(string state, string appUserId, string codeVerifier, string? returnUrl, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(appUserId);
        ArgumentException.ThrowIfNullOrWhiteSpace(codeVerifier);
        State = state;
        AppUserId = appUserId;
        CodeVerifier = codeVerifier;
        ReturnUrl = returnUrl;
        CreatedAt = createdAt;
    }

    public string State { get; }

    public string AppUserId { get; }

    public string CodeVerifier { get; }

    /// <summary>A local URL to return to once linked, or null for the default page.</summary>
    public string? ReturnUrl { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset ExpiresAt => CreatedAt + Lifetime;

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public override string ToString() => $"PendingAuthorization {{ AppUserId = {AppUserId}, CreatedAt = {CreatedAt:O} }}";
}
