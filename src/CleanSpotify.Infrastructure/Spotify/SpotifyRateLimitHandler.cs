using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CleanSpotify.Infrastructure.Telemetry;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Honours Spotify's 429s without ever hanging a page: a <c>Retry-After</c> of at most <see cref="MaxWait"/> is
/// waited out once and the request retried; a longer one, or any <c>QUOTA_EXCEEDED</c>, is not waited out but starts
/// an app-wide cool-down during which requests fail at once, without reaching Spotify.
/// </summary>
internal sealed partial class SpotifyRateLimitHandler(
    SpotifyCooldown cooldown,
    TimeProvider timeProvider,
    CleanSpotifyMetrics metrics,
    ILogger<SpotifyRateLimitHandler> logger) : DelegatingHandler
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (cooldown.ActiveUntil is { } until)
        {
            metrics.RateLimited(CleanSpotifyMetrics.RateLimitReason.CooldownShortCircuit);
            return CooldownResponse(request, until);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return response;
        }

        var quota = await IsQuotaExceededAsync(response, cancellationToken);
        var wait = RetryAfter(response) ?? (quota ? SpotifyErrors.QuotaFallbackDelay : SpotifyErrors.RateLimitFallbackDelay);
        if (!quota && wait <= MaxWait)
        {
            metrics.RateLimited(CleanSpotifyMetrics.RateLimitReason.RetryAfterWait);
            LogShortWait(logger, wait.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(wait, timeProvider, cancellationToken);
            response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            quota = await IsQuotaExceededAsync(response, cancellationToken);
            wait = RetryAfter(response) ?? (quota ? SpotifyErrors.QuotaFallbackDelay : SpotifyErrors.RateLimitFallbackDelay);
        }

        var resumeAt = timeProvider.GetUtcNow() + wait;
        cooldown.Extend(resumeAt);
        metrics.RateLimited(quota ? CleanSpotifyMetrics.RateLimitReason.QuotaExceeded : CleanSpotifyMetrics.RateLimitReason.LongRetryAfter);
        LogCooldown(logger, quota ? "QUOTA_EXCEEDED" : "rate limit", resumeAt);
        return response;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date - timeProvider.GetUtcNow(),
        _ => null,
    };

    private static async Task<bool> IsQuotaExceededAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return body.Contains("QUOTA_EXCEEDED", StringComparison.Ordinal);
    }

    /// <summary>What the caller sees during a cool-down: Spotify's own 429 shape, with the remaining wait.</summary>
    private HttpResponseMessage CooldownResponse(HttpRequestMessage request, DateTimeOffset until)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling((until - timeProvider.GetUtcNow()).TotalSeconds));
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            RequestMessage = request,
            Content = new StringContent(
                "{\"error\":{\"status\":429,\"message\":\"CleanSpotify is pausing Spotify calls as Spotify asked\"}}",
                Encoding.UTF8,
                "application/json"),
        };
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        return response;
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Spotify answered 429; waiting {WaitMs} ms once before retrying")]
    private static partial void LogShortWait(ILogger logger, double waitMs);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Spotify answered 429 ({Reason}); pausing all Spotify calls until {ResumeAt:O}")]
    private static partial void LogCooldown(ILogger logger, string reason, DateTimeOffset resumeAt);
}
