using System.Diagnostics;

namespace CleanSpotify.Infrastructure.Telemetry;

/// <summary>
/// CleanSpotify's own spans (<see cref="SourceName"/>): what the HTTP and database spans do not show on their own,
/// such as a token refresh and how it ended, and the cache-miss fetch that ties Spotify calls to the page's trace.
/// </summary>
internal static class CleanSpotifyTracing
{
    public const string SourceName = "CleanSpotify";

    public const string TokenRefreshSpan = "spotify.token.refresh";

    public const string SpotifyFetchSpan = "spotify.fetch";

    public static readonly ActivitySource Source = new(SourceName);
}
