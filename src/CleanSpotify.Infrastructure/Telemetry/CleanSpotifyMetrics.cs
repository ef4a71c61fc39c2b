using System.Diagnostics.Metrics;

namespace CleanSpotify.Infrastructure.Telemetry;

/// <summary>
/// The one <see cref="Meter"/> of CleanSpotify (<see cref="MeterName"/>) and every instrument on it. Tag values are
/// fixed words or route templates, never ids, URLs with values, or tokens, so each counter stays low-cardinality.
/// See docs/observability.md for the meaning of each counter.
/// </summary>
internal sealed class CleanSpotifyMetrics
{
    public const string MeterName = "CleanSpotify";

    public const string EndpointTag = "cleanspotify.spotify.endpoint";
    public const string StatusCodeTag = "http.response.status_code";
    public const string ErrorTypeTag = "error.type";
    public const string RefreshOutcomeTag = "cleanspotify.refresh.outcome";
    public const string RateLimitReasonTag = "cleanspotify.rate_limit.reason";
    public const string CacheReadTag = "cleanspotify.cache.read";
    public const string CacheResultTag = "cleanspotify.cache.result";

    private readonly Counter<long> _spotifyRequests;
    private readonly Counter<long> _tokenRefreshes;
    private readonly Counter<long> _rateLimits;
    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _reconnectsRequired;

    public CleanSpotifyMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _spotifyRequests = meter.CreateCounter<long>(
            "cleanspotify.spotify.requests", "{request}", "HTTP requests sent to Spotify (Web API and token endpoint), one per attempt.");
        _tokenRefreshes = meter.CreateCounter<long>(
            "cleanspotify.spotify.token_refreshes", "{refresh}", "Access-token refreshes attempted, by outcome.");
        _rateLimits = meter.CreateCounter<long>(
            "cleanspotify.spotify.rate_limits", "{event}", "Spotify rate limits met: waited out, pauses started, and calls held back during a pause.");
        _cacheLookups = meter.CreateCounter<long>(
            "cleanspotify.cache.lookups", "{lookup}", "Cached Spotify reads asked for, by result.");
        _reconnectsRequired = meter.CreateCounter<long>(
            "cleanspotify.links.reconnects_required", "{link}", "Spotify links marked as needing a reconnect after Spotify refused their refresh token.");
    }

    /// <summary>Spotify answered <paramref name="statusCode"/> to a request for <paramref name="endpoint"/> ("GET /me/top/tracks").</summary>
    public void SpotifyResponded(string endpoint, int statusCode) =>
        _spotifyRequests.Add(1, new KeyValuePair<string, object?>(EndpointTag, endpoint), new KeyValuePair<string, object?>(StatusCodeTag, statusCode));

    /// <summary>A request for <paramref name="endpoint"/> got no answer (<paramref name="errorType"/> is the exception's type name).</summary>
    public void SpotifyUnreachable(string endpoint, string errorType) =>
        _spotifyRequests.Add(1, new KeyValuePair<string, object?>(EndpointTag, endpoint), new KeyValuePair<string, object?>(ErrorTypeTag, errorType));

    /// <summary>One refresh ended with <paramref name="outcome"/>, one of <see cref="RefreshOutcome"/>.</summary>
    public void TokenRefreshed(string outcome) =>
        _tokenRefreshes.Add(1, new KeyValuePair<string, object?>(RefreshOutcomeTag, outcome));

    /// <summary>A 429 or a pause, for <paramref name="reason"/>, one of <see cref="RateLimitReason"/>.</summary>
    public void RateLimited(string reason) =>
        _rateLimits.Add(1, new KeyValuePair<string, object?>(RateLimitReasonTag, reason));

    /// <summary>A cached read of kind <paramref name="read"/> ("top", "recent", "profile") ended with <paramref name="result"/>, one of <see cref="CacheResult"/>.</summary>
    public void CacheLookedUp(string read, string result) =>
        _cacheLookups.Add(1, new KeyValuePair<string, object?>(CacheReadTag, read), new KeyValuePair<string, object?>(CacheResultTag, result));

    /// <summary>A link was saved as needing a reconnect.</summary>
    public void ReconnectRequired() => _reconnectsRequired.Add(1);

    /// <summary>Values of <see cref="RefreshOutcomeTag"/>.</summary>
    internal static class RefreshOutcome
    {
        /// <summary>New access token saved; Spotify kept the refresh token.</summary>
        public const string Refreshed = "refreshed";

        /// <summary>New access token saved with the new refresh token Spotify issued.</summary>
        public const string Rotated = "rotated";

        /// <summary>Spotify refused the refresh token; the link now needs a reconnect.</summary>
        public const string InvalidGrant = "invalid_grant";

        /// <summary>The token endpoint failed, was unreachable, or answered another OAuth error.</summary>
        public const string Unavailable = "unavailable";

        /// <summary>Another instance saved the link first; its tokens are used.</summary>
        public const string LostRace = "lost_race";
    }

    /// <summary>Values of <see cref="RateLimitReasonTag"/>.</summary>
    internal static class RateLimitReason
    {
        /// <summary>A 429 with a short <c>Retry-After</c>, waited out once before retrying.</summary>
        public const string RetryAfterWait = "retry_after_wait";

        /// <summary>A 429 with a <c>Retry-After</c> too long to wait: an app-wide pause starts.</summary>
        public const string LongRetryAfter = "long_retry_after";

        /// <summary>A 429 with <c>QUOTA_EXCEEDED</c>: an app-wide pause starts.</summary>
        public const string QuotaExceeded = "quota_exceeded";

        /// <summary>A request answered 429 by CleanSpotify itself during a pause, without reaching Spotify.</summary>
        public const string CooldownShortCircuit = "cooldown_short_circuit";

        /// <summary>A call refused by CleanSpotify because its user's call budget was spent; nothing reached Spotify.</summary>
        public const string UserBudgetSpent = "user_budget_spent";
    }

    /// <summary>Values of <see cref="CacheResultTag"/>.</summary>
    internal static class CacheResult
    {
        /// <summary>A fresh copy was served; this lookup made no Spotify call.</summary>
        public const string Hit = "hit";

        /// <summary>No fresh copy: Spotify was asked (whether it answered or not, when no older copy could stand in).</summary>
        public const string Miss = "miss";

        /// <summary>No fresh copy and Spotify failed: an older copy was served, marked stale.</summary>
        public const string Stale = "stale";
    }
}
