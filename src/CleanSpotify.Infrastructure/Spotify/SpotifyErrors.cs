using System.Net;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Infrastructure.Spotify.Contracts;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// The one place that reads Spotify's failures (status, error body, <c>Retry-After</c>, transport faults) and turns
/// them into <see cref="Error"/>s with messages a person can act on.
/// </summary>
internal static class SpotifyErrors
{
    public static readonly Error Unreachable = Error.Upstream(
        "spotify.unreachable", "Spotify could not be reached or took too long to answer. Please try again in a moment.");

    public static readonly Error Unavailable = Error.Upstream(
        "spotify.unavailable", "Spotify is having trouble right now. Please try again in a moment.");

    public static readonly Error Unauthorized = Error.Upstream(
        "spotify.unauthorized", "Spotify did not accept this link's access even after renewing it. Please try again; if it keeps happening, reconnect Spotify.");

    public static readonly Error UserNotRegistered = Error.SpotifyForbidden(
        "spotify.user_not_registered",
        "Spotify refused because your Spotify account is not on this app's user list. While a Spotify app is in development mode, " +
        "its owner must add your Spotify account's e-mail under User Management in the Spotify developer dashboard (at most 5 users); then try again.");

    public static readonly Error OwnerNeedsPremium = Error.SpotifyForbidden(
        "spotify.owner_needs_premium",
        "Spotify refused because the owner of this site's Spotify app has no active Premium subscription. The site operator must renew it; " +
        "after a change it can take a few hours before Spotify answers again.");

    public static readonly Error InsufficientScope = Error.SpotifyForbidden(
        "spotify.insufficient_scope", "Your Spotify link does not allow this. Reconnect Spotify and grant the permission it asks for.", LinkProblem.ScopeMissing);

    public static readonly Error Forbidden = Error.SpotifyForbidden(
        "spotify.forbidden", "Spotify refused this request for your account.");

    public static readonly Error Rejected = Error.Upstream(
        "spotify.rejected", "Spotify rejected the request. Please try again later.");

    /// <summary>A quota 429 without <c>Retry-After</c> still cools down this long.</summary>
    public static readonly TimeSpan QuotaFallbackDelay = TimeSpan.FromHours(1);

    /// <summary>A rate-limit 429 without <c>Retry-After</c> cools down this long.</summary>
    public static readonly TimeSpan RateLimitFallbackDelay = TimeSpan.FromSeconds(30);

    /// <summary>Maps a Web API response that did not succeed, or a request that never got one.</summary>
    public static Error FromResponse(IApiResponse response, TimeProvider timeProvider)
    {
        if (!response.IsReceived)
        {
            return response.Error?.InnerException is { } inner ? FromException(inner) : Unreachable;
        }

        var body = ReadBody(response.HasResponseError(out var error) ? error.Content : null);
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => RateLimited(response, body, timeProvider),
            HttpStatusCode.Unauthorized => Unauthorized,
            HttpStatusCode.Forbidden => FromForbidden(body?.Message),
            HttpStatusCode.RequestTimeout => Unavailable,
            >= HttpStatusCode.InternalServerError => Unavailable,
            _ => Rejected,
        };
    }

    /// <summary>Maps an exception thrown by the HTTP pipeline (timeouts, open circuit, connection errors).</summary>
    public static Error FromException(Exception exception) => exception switch
    {
        SpotifyCallRefusedException refused => refused.Error,
        ApiRequestException { InnerException: { } inner } => FromException(inner),
        TimeoutRejectedException or TaskCanceledException or HttpRequestException => Unreachable,
        BrokenCircuitException => Unavailable,
        _ => Unreachable,
    };

    public static bool IsTransportFailure(Exception exception) => exception is
        SpotifyCallRefusedException or ApiRequestException or TimeoutRejectedException or TaskCanceledException
        or HttpRequestException or BrokenCircuitException;

    public static Error FromForbidden(string? message)
    {
        if (message is null)
        {
            return Forbidden;
        }

        if (message.Contains("not registered", StringComparison.OrdinalIgnoreCase)
            || message.Contains("not approved", StringComparison.OrdinalIgnoreCase))
        {
            return UserNotRegistered;
        }

        if (message.Contains("premium", StringComparison.OrdinalIgnoreCase))
        {
            return OwnerNeedsPremium;
        }

        return message.Contains("scope", StringComparison.OrdinalIgnoreCase) ? InsufficientScope : Forbidden;
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
        return Error.RateLimited(
            retryAt,
            quota
                ? "This site has used up its Spotify quota for now."
                : "Spotify is receiving too many requests from this site right now.");
    }

    private static SpotifyErrorBody? ReadBody(string? content) => SpotifyJson.TryRead<SpotifyErrorResponse>(content)?.Error;
}
