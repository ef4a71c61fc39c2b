namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Keys of the values that Spotify requests carry in <see cref="HttpRequestMessage.Options"/> (set through Refit's
/// <c>[Property]</c>), so that pooled handlers never depend on ambient, per-scope state.
/// </summary>
internal static class SpotifyRequestOptions
{
    /// <summary>The app user whose token the request must carry.</summary>
    public const string AppUserId = "CleanSpotify.AppUserId";

    public static readonly HttpRequestOptionsKey<string> AppUserIdKey = new(AppUserId);

    /// <summary>
    /// Set once the bearer handler has forced a refresh for this request: the resilience pipeline re-sends the same
    /// request message on a retry, so this keeps it to one forced refresh per logical call.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> TokenRenewedKey = new("CleanSpotify.TokenRenewed");
}
