namespace CleanSpotify.Web.Infrastructure;

/// <summary>
/// Headers on every response: a strict CSP with no inline script, no framing, no MIME sniffing, and no referrer
/// at all from the Spotify callback, whose URL carries the authorization code.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: http://127.0.0.1:* http://[::1]:* data:; " +
        "font-src 'self'; connect-src 'self'; form-action 'self' https: http://127.0.0.1:* http://[::1]:*; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = context.Request.Path.StartsWithSegments("/spotify/callback", StringComparison.OrdinalIgnoreCase)
                ? "no-referrer"
                : "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
