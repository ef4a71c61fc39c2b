using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>The HTTP pipeline verbs of the Spotify clients, so their order is written in one place.</summary>
internal static class SpotifyHttpClientBuilderExtensions
{
    /// <summary>Attaches each request's own user's token (see <see cref="SpotifyBearerTokenHandler"/>).</summary>
    public static IHttpClientBuilder AddSpotifyBearerToken(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<SpotifyBearerTokenHandler>();

    /// <summary>Draws each call from its user's budget (see <see cref="SpotifyCallBudgetHandler"/>).</summary>
    public static IHttpClientBuilder AddSpotifyCallBudget(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<SpotifyCallBudgetHandler>();

    /// <summary>Waits out short 429s once and pauses all Spotify calls on long ones (see <see cref="SpotifyRateLimitHandler"/>).</summary>
    public static IHttpClientBuilder AddSpotifyRateLimits(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<SpotifyRateLimitHandler>();

    /// <summary>
    /// Standard resilience, configured for Spotify: retries only GETs, at most twice with jittered backoff, on 5xx,
    /// 408 and connection failures (never on 429: rate limits are Spotify asking us to stop, not to retry at once);
    /// 5 s per attempt, 10 s in all, and a circuit breaker. Added before the bearer handler, so it is the outer
    /// handler and every attempt gets a freshly resolved token.
    /// </summary>
    public static IHttpClientBuilder AddSpotifyResilience(this IHttpClientBuilder builder)
    {
        builder.AddStandardResilienceHandler(options =>
        {
            options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(10);
            options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
            options.Retry.MaxRetryAttempts = 2;
            options.Retry.BackoffType = DelayBackoffType.Exponential;
            options.Retry.UseJitter = true;
            options.Retry.Delay = TimeSpan.FromMilliseconds(300);
            options.Retry.ShouldRetryAfterHeader = false;
            options.Retry.ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome));
            options.Retry.DisableForUnsafeHttpMethods();
            options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
            options.CircuitBreaker.MinimumThroughput = 20;
            options.CircuitBreaker.FailureRatio = 0.5;
            options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(10);
            options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome));
        });
        return builder;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500,
        _ => false,
    };
}
