namespace CleanSpotify.Domain.Links;

/// <summary>
/// The tokens Spotify issued for one link. Immutable: a refresh produces a new set.
/// <see cref="ToString"/> never prints the tokens.
/// </summary>
public sealed record TokenSet
{
    /// <summary>How long before expiry an access token is treated as expired, so it never expires in flight.</summary>
    public static readonly TimeSpan DefaultRefreshSkew = TimeSpan.FromSeconds(60);

    public TokenSet(string accessToken, string refreshToken, DateTimeOffset accessTokenExpiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        AccessTokenExpiresAt = accessTokenExpiresAt;
    }

    public string AccessToken { get; }

    public string RefreshToken { get; }

    public DateTimeOffset AccessTokenExpiresAt { get; }

    /// <summary>True when the access token has expired or will within <paramref name="skew"/>.</summary>
    public bool NeedsRefresh(TimeProvider timeProvider, TimeSpan skew)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return timeProvider.GetUtcNow() >= AccessTokenExpiresAt - skew;
    }

    /// <summary>True when the access token has expired or will within <see cref="DefaultRefreshSkew"/>.</summary>
    public bool NeedsRefresh(TimeProvider timeProvider) => NeedsRefresh(timeProvider, DefaultRefreshSkew);

    /// <summary>
    /// The set after a refresh. Spotify may omit the refresh token from a refresh response (the 2026 behaviour);
    /// the current one is then kept, never replaced by nothing.
    /// </summary>
    public TokenSet Refreshed(string accessToken, string? newRefreshToken, DateTimeOffset accessTokenExpiresAt) =>
        new(accessToken, string.IsNullOrWhiteSpace(newRefreshToken) ? RefreshToken : newRefreshToken, accessTokenExpiresAt);

    public override string ToString() => $"TokenSet {{ AccessTokenExpiresAt = {AccessTokenExpiresAt:O} }}";
}
