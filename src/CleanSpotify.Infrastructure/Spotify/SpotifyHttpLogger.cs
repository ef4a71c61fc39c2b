using System.Diagnostics;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// The only HTTP logging of the Spotify clients: method, path, status and duration. The default client loggers are
/// removed because they carry header values (the bearer token, the client's Basic credentials) as structured state,
/// which structured sinks write out even when the message text is redacted.
/// </summary>
internal sealed partial class SpotifyHttpLogger(ILogger<SpotifyHttpLogger> logger) : IHttpClientLogger
{
    public object? LogRequestStart(HttpRequestMessage request) => Stopwatch.GetTimestamp();

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed) =>
        LogCompleted(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, (int)response.StatusCode, elapsed.TotalMilliseconds);

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed) =>
        LogFailed(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, exception.GetType().Name, elapsed.TotalMilliseconds);

    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "Spotify {Method} {Path} answered {StatusCode} in {ElapsedMs:0} ms")]
    private static partial void LogCompleted(ILogger logger, string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Spotify {Method} {Path} failed with {ExceptionType} after {ElapsedMs:0} ms")]
    private static partial void LogFailed(ILogger logger, string method, string path, string exceptionType, double elapsedMs);
}
