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
}
