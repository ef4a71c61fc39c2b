using System.Net;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>What a Spotify 429 asks for: how long to stop, and whether it is the quota (never worth a retry).</summary>
internal readonly record struct SpotifyRateLimit(TimeSpan Wait, bool QuotaExceeded)
{
    /// <summary>The longest <c>Retry-After</c> waited out inside a call; a longer one would hang the page.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    /// <summary>Whether waiting it out once and retrying is allowed: short, and not the quota.</summary>
    public bool IsShort => !QuotaExceeded && Wait <= MaxWait;

    /// <summary>The rate limit <paramref name="response"/> carries, or null when it is not a 429.</summary>
    public static async ValueTask<SpotifyRateLimit?> ReadAsync(HttpResponseMessage response, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        // Buffered, so the adapter can still read the body after the pipeline has looked at it.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var quota = (await response.Content.ReadAsStringAsync(cancellationToken)).Contains("QUOTA_EXCEEDED", StringComparison.Ordinal);
        var wait = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
            { Date: { } date } => date - timeProvider.GetUtcNow(),
            _ => quota ? SpotifyErrors.QuotaFallbackDelay : SpotifyErrors.RateLimitFallbackDelay,
        };
        return new SpotifyRateLimit(wait, quota);
    }
}
