using System.Diagnostics;

namespace CleanSpotify.Infrastructure.Telemetry;

/// <summary>
/// CleanSpotify's own spans (<see cref="SourceName"/>): what the HTTP and database spans do not show on their own,
/// such as a token refresh and how it ended.
/// </summary>
internal static class CleanSpotifyTracing
{
    public const string SourceName = "CleanSpotify";

    public const string TokenRefreshSpan = "spotify.token.refresh";

    public static readonly ActivitySource Source = new(SourceName);
}
