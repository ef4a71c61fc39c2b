namespace CleanSpotify.Domain.Links;

/// <summary>
/// A started link: the <c>state</c> sent to Spotify and the PKCE verifier kept back, bound to one app user and valid
/// for <see cref="Lifetime"/>. Used at most once. <see cref="ToString"/> never prints the state or the verifier.
/// </summary>
/// <param name="State">The <c>state</c> sent to Spotify, which the callback must bring back.</param>
/// <param name="AppUserId">The app user who started the link.</param>
/// <param name="CodeVerifier">The PKCE verifier kept back for the code exchange.</param>
/// <param name="ReturnUrl">A local URL to return to once linked, or null for the default page.</param>
/// <param name="CreatedAt">When the link was started.</param>
public sealed record PendingAuthorization(string State, string AppUserId, string CodeVerifier, string? ReturnUrl, DateTimeOffset CreatedAt)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The most started links one user may have waiting at once; starting another drops the oldest.</summary>
    public const int MaxPerUser = 5;

    public string State { get; } = Require.NotBlank(State);

    public string AppUserId { get; } = Require.NotBlank(AppUserId);

    public string CodeVerifier { get; } = Require.NotBlank(CodeVerifier);

    public DateTimeOffset ExpiresAt => CreatedAt + Lifetime;

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public override string ToString() => $"PendingAuthorization {{ AppUserId = {AppUserId}, CreatedAt = {CreatedAt:O} }}";
}
