namespace CleanSpotify.Web.Http;

/// <summary>
/// Headers on every response: a strict CSP with no inline script (<see cref="ContentSecurityPolicy"/>),
/// no framing, no MIME sniffing, and no referrer at all from the Spotify callback, whose URL carries the authorization
/// code.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, ContentSecurityPolicy policy)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy.Value;
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
