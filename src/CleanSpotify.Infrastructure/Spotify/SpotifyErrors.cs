using System.Net;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Infrastructure.Spotify.Contracts;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// The one place that reads Spotify's failures (status, error body, <c>Retry-After</c>, transport faults) and picks
/// the matching <see cref="SpotifyFailures"/> entry; the wording belongs to Application.
/// </summary>
internal static class SpotifyErrors
{
    /// <summary>A quota 429 without <c>Retry-After</c> still cools down this long.</summary>
    public static readonly TimeSpan QuotaFallbackDelay = TimeSpan.FromHours(1);

    /// <summary>A rate-limit 429 without <c>Retry-After</c> cools down this long.</summary>
    public static readonly TimeSpan RateLimitFallbackDelay = TimeSpan.FromSeconds(30);

    /// <summary>Maps a Web API response that did not succeed, or a request that never got one.</summary>
    public static Error FromResponse(IApiResponse response, TimeProvider timeProvider)
    {
        if (!response.IsReceived)
        {
            return response.Error?.InnerException is { } inner ? FromException(inner) : SpotifyFailures.Unreachable;
        }

        var body = ReadBody(response.HasResponseError(out var error) ? error.Content : null);
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => RateLimited(response, body, timeProvider),
            HttpStatusCode.Unauthorized => SpotifyFailures.Unauthorized,
            HttpStatusCode.Forbidden => FromForbidden(body?.Message),
            HttpStatusCode.RequestTimeout => SpotifyFailures.Unavailable,
            >= HttpStatusCode.InternalServerError => SpotifyFailures.Unavailable,
            _ => SpotifyFailures.Rejected,
        };
    }

    /// <summary>Maps an exception thrown by the HTTP pipeline (timeouts, open circuit, connection errors).</summary>
    public static Error FromException(Exception exception) => exception switch
    {
        SpotifyCallRefusedException refused => refused.Error,
        ApiRequestException { InnerException: { } inner } => FromException(inner),
        TimeoutRejectedException or TaskCanceledException or HttpRequestException => SpotifyFailures.Unreachable,
        BrokenCircuitException => SpotifyFailures.Unavailable,
        _ => SpotifyFailures.Unreachable,
    };

    public static bool IsTransportFailure(Exception exception) => exception is
        SpotifyCallRefusedException or ApiRequestException or TimeoutRejectedException or TaskCanceledException
        or HttpRequestException or BrokenCircuitException;

    public static Error FromForbidden(string? message)
    {
        if (message is null)
        {
            return SpotifyFailures.Forbidden;
        }

        if (message.Contains("not registered", StringComparison.OrdinalIgnoreCase)
            || message.Contains("not approved", StringComparison.OrdinalIgnoreCase))
        {
            return SpotifyFailures.UserNotRegistered;
        }

        if (message.Contains("premium", StringComparison.OrdinalIgnoreCase))
        {
            return SpotifyFailures.OwnerNeedsPremium;
        }

        return message.Contains("scope", StringComparison.OrdinalIgnoreCase) ? SpotifyFailures.InsufficientScope : SpotifyFailures.Forbidden;
    }

    private static Error RateLimited(IApiResponse response, SpotifyErrorBody? body, TimeProvider timeProvider)
    {
        var quota = string.Equals(body?.Reason, "QUOTA_EXCEEDED", StringComparison.Ordinal);
        var now = timeProvider.GetUtcNow();
        var retryAfter = response.Headers?.RetryAfter;
        var retryAt = retryAfter switch
        {
            { Delta: { } delta } => now + delta,
            { Date: { } date } => date,
            _ => now + (quota ? QuotaFallbackDelay : RateLimitFallbackDelay),
        };
        return SpotifyFailures.RateLimited(retryAt, quota);
    }

    private static SpotifyErrorBody? ReadBody(string? content) => SpotifyJson.TryRead<SpotifyErrorResponse>(content)?.Error;
}
