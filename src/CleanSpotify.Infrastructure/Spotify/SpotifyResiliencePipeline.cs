using System.Net;
using CleanSpotify.Infrastructure.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// The Web API client's one resilience pipeline, outermost first: the app-wide cool-down
/// (<see cref="SpotifyCooldownStrategy"/>), a 10 s total timeout, one retry strategy, a circuit breaker and a 5 s
/// timeout per attempt. The retry strategy makes at most <see cref="MaxAttempts"/> attempts: it retries 5xx, 408,
/// connection failures and timed-out attempts for GETs only (a POST may have been applied), and a 429 whose
/// <c>Retry-After</c> is at most <see cref="SpotifyRateLimit.MaxWait"/> and not <c>QUOTA_EXCEEDED</c> once, for any
/// method (a 429 was not applied), after exactly that wait. Inside each attempt the bearer handler may send once
/// more after a forced token refresh, once per call, so one logical call reaches Spotify at most
/// <see cref="MaxSendsPerCall"/> times (a POST at most 3: one 429 retry plus the 401 resend).
/// </summary>
internal sealed partial class SpotifyResiliencePipeline(
    SpotifyCooldown cooldown,
    TimeProvider timeProvider,
    CleanSpotifyMetrics metrics,
    IOptions<SpotifyResilienceOptions> options,
    ILogger<SpotifyResiliencePipeline> logger,
    ILogger<SpotifyCooldownStrategy> cooldownLogger)
{
    public const string Name = "spotify-web-api";

    /// <summary>The first attempt and at most two retries, whatever their reasons.</summary>
    public const int MaxAttempts = 3;

    /// <summary><see cref="MaxAttempts"/> plus the bearer handler's one resend after a forced refresh.</summary>
    public const int MaxSendsPerCall = MaxAttempts + 1;

    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);

    private static readonly ResiliencePropertyKey<bool> RateLimitWaited = new("CleanSpotify.RateLimitWaited");

    public void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline) => pipeline
        .AddStrategy(_ => new SpotifyCooldownStrategy(cooldown, timeProvider, metrics, cooldownLogger))
        .AddTimeout(TotalTimeout)
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = MaxAttempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.Value.RetryDelay,
            ShouldHandle = ShouldRetryAsync,
            DelayGenerator = async args => await RateLimitOf(args.Outcome, args.Context) is { } limit ? limit.Wait : null,
            OnRetry = OnRetryAsync,
        })
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            SamplingDuration = TimeSpan.FromSeconds(30),
            MinimumThroughput = 20,
            FailureRatio = 0.5,
            BreakDuration = TimeSpan.FromSeconds(10),
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
        })
        .AddTimeout(AttemptTimeout);

    private async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args)
    {
        if (await RateLimitOf(args.Outcome, args.Context) is { } limit)
        {
            return limit.IsShort && !args.Context.Properties.GetValue(RateLimitWaited, false);
        }

        return IsTransient(args.Outcome) && args.Context.GetRequestMessage()?.Method == HttpMethod.Get;
    }

    private ValueTask OnRetryAsync(OnRetryArguments<HttpResponseMessage> args)
    {
        if (args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            args.Context.Properties.Set(RateLimitWaited, true);
            metrics.RateLimited(CleanSpotifyMetrics.RateLimitReason.RetryAfterWait);
            LogShortWait(logger, args.RetryDelay.TotalMilliseconds);
        }

        return ValueTask.CompletedTask;
    }

    private async ValueTask<SpotifyRateLimit?> RateLimitOf(Outcome<HttpResponseMessage> outcome, ResilienceContext context) =>
        outcome.Result is { } response ? await SpotifyRateLimit.ReadAsync(response, timeProvider, context.CancellationToken) : null;

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500,
        _ => false,
    };

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Spotify answered 429; waiting {WaitMs} ms once before retrying")]
    private static partial void LogShortWait(ILogger logger, double waitMs);
}
