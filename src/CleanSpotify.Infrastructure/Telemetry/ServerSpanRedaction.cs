using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace CleanSpotify.Infrastructure.Telemetry;

/// <summary>
/// Keeps query values out of server spans. The ASP.NET Core instrumentation redacts them by default, but an
/// environment variable (<c>OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_DISABLE_URL_QUERY_REDACTION</c>) turns that off, and
/// the Spotify callback's query holds the authorization code and the state. This runs after the instrumentation has
/// set its tags, so <c>url.query</c> always carries the keys only.
/// </summary>
internal static class ServerSpanRedaction
{
    public const string UrlQueryTag = "url.query";

    public const string RedactedValue = "Redacted";

    public static void RedactQuery(Activity activity, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(request);
        if (request.QueryString.HasValue)
        {
            activity.SetTag(UrlQueryTag, "?" + string.Join('&', request.Query.Keys.Select(key => $"{Uri.EscapeDataString(key)}={RedactedValue}")));
        }
    }
}
