using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CleanSpotify.Infrastructure.Telemetry;
using Microsoft.Extensions.Logging;
using Polly;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// The outermost step of the Web API pipeline. During an app-wide <see cref="SpotifyCooldown"/> it answers at once
/// with Spotify's own 429 shape and the remaining wait, so nothing reaches Spotify. A call that still ends in a 429
/// after the retry strategy (a long <c>Retry-After</c>, <c>QUOTA_EXCEEDED</c>, or a second short one) starts or
/// extends the cool-down: Spotify limits the app, not the user.
/// </summary>
internal sealed partial class SpotifyCooldownStrategy(
    SpotifyCooldown cooldown,
    TimeProvider timeProvider,
    CleanSpotifyMetrics metrics,
    ILogger<SpotifyCooldownStrategy> logger) : ResilienceStrategy<HttpResponseMessage>
{
    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback,
        ResilienceContext context,
        TState state)
    {
        if (cooldown.ActiveUntil is { } until)
        {
            metrics.RateLimited(CleanSpotifyMetrics.RateLimitReason.CooldownShortCircuit);
            return Outcome.FromResult(CooldownResponse(context.GetRequestMessage(), until));
        }

        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        if (outcome.Result is { } response
            && await SpotifyRateLimit.ReadAsync(response, timeProvider, context.CancellationToken) is { } limit)
        {
            var resumeAt = timeProvider.GetUtcNow() + limit.Wait;
            cooldown.Extend(resumeAt);
            metrics.RateLimited(limit.QuotaExceeded ? CleanSpotifyMetrics.RateLimitReason.QuotaExceeded : CleanSpotifyMetrics.RateLimitReason.LongRetryAfter);
            LogCooldown(logger, limit.QuotaExceeded ? "QUOTA_EXCEEDED" : "rate limit", resumeAt);
        }

        return outcome;
    }

    private HttpResponseMessage CooldownResponse(HttpRequestMessage? request, DateTimeOffset until)
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

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Spotify answered 429 ({Reason}); pausing all Spotify calls until {ResumeAt:O}")]
    private static partial void LogCooldown(ILogger logger, string reason, DateTimeOffset resumeAt);
}
