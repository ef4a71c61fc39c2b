namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// The failures a Spotify adapter may return, with their stable codes and the sentences people read. Adapters pick
/// from here, so the wording stays in Application while the reading of Spotify's answers stays in Infrastructure.
/// </summary>
public static class SpotifyFailures
{
    public const string BudgetSpentCode = "spotify.user_budget_spent";

    public static readonly Error Unreachable = Error.Upstream(
        "spotify.unreachable", "Spotify could not be reached or took too long to answer. Please try again in a moment.");

    public static readonly Error Unavailable = Error.Upstream(
        "spotify.unavailable", "Spotify is having trouble right now. Please try again in a moment.");

    public static readonly Error Unauthorized = Error.Upstream(
        "spotify.unauthorized", "Spotify did not accept this link's access even after renewing it. Please try again; if it keeps happening, reconnect Spotify.");

    public static readonly Error UserNotRegistered = Error.SpotifyForbidden(
        "spotify.user_not_registered",
        "Spotify refused because your Spotify account is not on this app's user list. While a Spotify app is in development mode, " +
        "its owner must add your Spotify account's e-mail under User Management in the Spotify developer dashboard (at most 5 users); then try again.");

    public static readonly Error OwnerNeedsPremium = Error.SpotifyForbidden(
        "spotify.owner_needs_premium",
        "Spotify refused because the owner of this site's Spotify app has no active Premium subscription. The site operator must renew it; " +
        "after a change it can take a few hours before Spotify answers again.");

    public static readonly Error InsufficientScope = Error.SpotifyForbidden(
        "spotify.insufficient_scope", "Your Spotify link does not allow this. Reconnect Spotify and grant the permission it asks for.", LinkProblem.ScopeMissing);

    public static readonly Error Forbidden = Error.SpotifyForbidden(
        "spotify.forbidden", "Spotify refused this request for your account.");

    public static readonly Error Rejected = Error.Upstream(
        "spotify.rejected", "Spotify rejected the request. Please try again later.");

    /// <summary>The token endpoint refused the authorization code (expired, used, or a wrong verifier).</summary>
    public static readonly Error CodeRejected = Error.LinkAttemptFailed(
        "link.code_rejected",
        "Spotify did not accept this authorization; it may have expired or been used already. Please start linking again.");

    /// <summary>The token endpoint refused this site's own credentials: only the operator can fix it.</summary>
    public static readonly Error ClientRejected = Error.Upstream(
        "spotify.invalid_client",
        "Spotify refused this site's client credentials. The site operator must check Spotify:ClientId and Spotify:ClientSecret.");

    public static readonly Error NoRefreshToken = Error.Upstream(
        "spotify.no_refresh_token", "Spotify did not issue a refresh token for this link. Please try linking again.");

    /// <summary>Spotify answered 429: for the app's quota (<paramref name="quotaExceeded"/>) or its short-term rate.</summary>
    public static Error RateLimited(DateTimeOffset retryAt, bool quotaExceeded) =>
        Error.RateLimited(
            retryAt,
            quotaExceeded
                ? "This site has used up its Spotify quota for now."
                : "Spotify is receiving too many requests from this site right now.");

    /// <summary>One user has spent their share of calls: only that user waits, nothing reached Spotify.</summary>
    public static Error BudgetSpent(DateTimeOffset retryAt) =>
        Error.Throttled(
            BudgetSpentCode,
            retryAt,
            "You have asked for more Spotify data in the last minute than this site allows one person, so your Spotify " +
            "requests are paused for a moment. Only your account is affected; pages you have already seen are shown from memory.");
}
