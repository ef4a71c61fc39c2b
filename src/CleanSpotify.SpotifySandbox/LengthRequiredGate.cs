using CleanSpotify.SpotifySandbox.WebApi;

namespace CleanSpotify.SpotifySandbox;

/// <summary>
/// Refuses a Web API or token request whose body is chunked (no <c>Content-Length</c>) with 411 Length Required, as
/// a real server may: the app must send every body with its length.
/// </summary>
internal sealed class LengthRequiredGate(RequestDelegate next)
{
    public const string Message = "A request body must carry a Content-Length; chunked bodies are refused.";

    public static bool Guards(PathString path) =>
        path.StartsWithSegments("/v1") || path.StartsWithSegments("/api/token");

    public Task InvokeAsync(HttpContext context)
    {
        var chunked = context.Request.Headers.TransferEncoding.Any(
            value => value is not null && value.Contains("chunked", StringComparison.OrdinalIgnoreCase));
        return chunked
            ? SpotifyErrors.Result(StatusCodes.Status411LengthRequired, Message).ExecuteAsync(context)
            : next(context);
    }
}
