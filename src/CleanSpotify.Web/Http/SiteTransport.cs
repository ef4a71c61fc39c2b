namespace CleanSpotify.Web.Http;

/// <summary>
/// Whether the site is deployed over https, as its public address <c>Spotify:RedirectUri</c> says. Then every cookie
/// is always <c>Secure</c> and carries the <c>__Host-</c> prefix (path <c>/</c>, no Domain), so that no plain-http
/// page or sibling subdomain can set or read it, HSTS is sent, and a plain-http request is redirected to https (a
/// form page could not be served over http with an always-Secure antiforgery cookie). With the plain-http loopback
/// default nothing changes.
/// </summary>
public sealed class SiteTransport
{
    public const string HostPrefix = "__Host-";

    private SiteTransport(int? httpsPort) => HttpsPort = httpsPort;

    public bool IsHttps => HttpsPort is not null;

    /// <summary>The public https port (that of <c>Spotify:RedirectUri</c>), or null when the site is not deployed over https.</summary>
    public int? HttpsPort { get; }

    public static SiteTransport From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new SiteTransport(
            Uri.TryCreate(configuration["Spotify:RedirectUri"], UriKind.Absolute, out var redirectUri) && redirectUri.Scheme == Uri.UriSchemeHttps
                ? redirectUri.Port
                : null);
    }

    /// <summary>Over https: <c>Secure</c> always, the <c>__Host-</c> prefix on <paramref name="cookie"/>'s name, path <c>/</c>, no Domain.</summary>
    public void Harden(CookieBuilder cookie)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        if (!IsHttps)
        {
            return;
        }

        cookie.Name = HostPrefix + cookie.Name;
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.Path = "/";
        cookie.Domain = null;
    }
}
