using System.Diagnostics;
using CleanSpotify.Infrastructure.Telemetry;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;
using Refit;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// The only HTTP logging of the Spotify clients: method, path, status and duration. The default client loggers are
/// removed because they carry header values (the bearer token, the client's Basic credentials) as structured state,
/// which structured sinks write out even when the message text is redacted. It sits next to the primary handler,
/// so it sees every attempt that reaches Spotify, and counts each in <see cref="CleanSpotifyMetrics"/> by endpoint:
/// Refit's route template ("GET /playlists/{playlistId}/items"), never the filled URL.
/// </summary>
internal sealed partial class SpotifyHttpLogger(ILogger<SpotifyHttpLogger> logger, CleanSpotifyMetrics metrics) : IHttpClientLogger
{
    private static readonly HttpRequestOptionsKey<string> RouteTemplateKey = new(HttpRequestMessageOptions.RelativePathTemplate);

    public object? LogRequestStart(HttpRequestMessage request) => Stopwatch.GetTimestamp();

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        metrics.SpotifyResponded(Endpoint(request), (int)response.StatusCode);
        LogCompleted(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, (int)response.StatusCode, elapsed.TotalMilliseconds);
    }

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        metrics.SpotifyUnreachable(Endpoint(request), exception.GetType().Name);
        LogFailed(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, exception.GetType().Name, elapsed.TotalMilliseconds);
    }

    /// <summary>The method and Refit's route template; "other" for a request that did not come through Refit.</summary>
    private static string Endpoint(HttpRequestMessage request) =>
        request.Options.TryGetValue(RouteTemplateKey, out var template) ? $"{request.Method.Method} {template}" : $"{request.Method.Method} other";

    // Debug: the collector makes a call per user every few minutes, and the counts and durations are in the metrics.
    [LoggerMessage(EventId = 2200, Level = LogLevel.Debug, Message = "Spotify {Method} {Path} answered {StatusCode} in {ElapsedMs:0} ms")]
    private static partial void LogCompleted(ILogger logger, string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Spotify {Method} {Path} failed with {ExceptionType} after {ElapsedMs:0} ms")]
    private static partial void LogFailed(ILogger logger, string method, string path, string exceptionType, double elapsedMs);
}
