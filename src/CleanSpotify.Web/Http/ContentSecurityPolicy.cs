namespace CleanSpotify.Web.Http;

/// <summary>
/// The site's Content-Security-Policy, built once at start from the Spotify base URLs in use. Forms may post only to
/// the site itself and to the Spotify accounts origin (the link and save-playlist forms redirect to its consent page,
/// and Chromium applies <c>form-action</c> to redirects). Images come only from the site, Spotify's image hosts, the
/// <c>data:</c> SVGs Bootstrap draws a checked radio button with, and a loopback Spotify stand-in (the sandbox,
/// which serves its own artwork).
/// </summary>
public sealed class ContentSecurityPolicy
{
    /// <summary>
    /// Where the Web API's image URLs point: album covers and pictures of artists and users, plus the Facebook
    /// host that profile pictures of Facebook-linked Spotify accounts are served from.
    /// </summary>
    public static readonly IReadOnlyList<string> SpotifyImageHosts =
    [
        "https://i.scdn.co",
        "https://image-cdn-ak.spotifycdn.com",
        "https://image-cdn-fa.spotifycdn.com",
        "https://platform-lookaside.fbsbx.com",
    ];

    public ContentSecurityPolicy(Uri accountsBaseUrl, Uri apiBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(accountsBaseUrl);
        ArgumentNullException.ThrowIfNull(apiBaseUrl);
        IEnumerable<string> images = ["'self'", "data:", .. SpotifyImageHosts];
        if (apiBaseUrl.IsLoopback)
        {
            images = images.Append(Origin(apiBaseUrl));
        }

        Value = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src " + string.Join(' ', images.Distinct(StringComparer.Ordinal)),
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self' " + Origin(accountsBaseUrl),
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "object-src 'none'");
    }

    /// <summary>The header's value.</summary>
    public string Value { get; }

    /// <summary>
    /// Scheme, host and port (the default port left out), as a CSP host source. CSP has no syntax for an IPv6 literal
    /// such as <c>[::1]</c> (Chromium drops it as invalid), so such a host becomes any host on that scheme and port.
    /// </summary>
    private static string Origin(Uri uri) => uri.HostNameType == UriHostNameType.IPv6
        ? $"{uri.Scheme}://*:{uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        : uri.GetLeftPart(UriPartial.Authority);
}
