namespace CleanSpotify.Domain.Links;

/// <summary>
/// The tokens Spotify issued for one link. Immutable: a refresh produces a new set.
/// <see cref="ToString"/> never prints the tokens.
/// </summary>
/// <param name="AccessToken">The access token.</param>
/// <param name="RefreshToken">The refresh token.</param>
/// <param name="AccessTokenExpiresAt">When the access token expires.</param>
/// <param name="AccessTokenIssuedAt">When the access token was issued, or null when that is not known (sets saved before it was recorded).</param>
public sealed record TokenSet(string AccessToken, string RefreshToken, DateTimeOffset AccessTokenExpiresAt, DateTimeOffset? AccessTokenIssuedAt = null)
{
    /// <summary>How long before expiry an access token is treated as expired, so it never expires in flight.</summary>
    public static readonly TimeSpan DefaultRefreshSkew = TimeSpan.FromSeconds(60);

    public string AccessToken { get; } = Require.NotBlank(AccessToken);

    public string RefreshToken { get; } = Require.NotBlank(RefreshToken);

    /// <summary>
    /// How long before expiry the token is renewed: <see cref="DefaultRefreshSkew"/>, but never more than half the
    /// token's lifetime, so a token that lives less than twice the skew is not renewed on every use.
    /// </summary>
    public TimeSpan RefreshMargin
    {
        get
        {
            if (AccessTokenIssuedAt is not { } issuedAt)
            {
                return DefaultRefreshSkew;
            }

            var halfLifetime = (AccessTokenExpiresAt - issuedAt) / 2;
            return halfLifetime >= DefaultRefreshSkew ? DefaultRefreshSkew
                : halfLifetime > TimeSpan.Zero ? halfLifetime
                : TimeSpan.Zero;
        }
    }

    /// <summary>True when the access token has expired or will within <paramref name="skew"/>.</summary>
    public bool NeedsRefresh(TimeProvider timeProvider, TimeSpan skew)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return timeProvider.GetUtcNow() >= AccessTokenExpiresAt - skew;
    }

    /// <summary>True when the access token has expired or will within <see cref="RefreshMargin"/>.</summary>
    public bool NeedsRefresh(TimeProvider timeProvider) => NeedsRefresh(timeProvider, RefreshMargin);

    /// <summary>
    /// The set after a refresh. Spotify may omit the refresh token from a refresh response (the 2026 behaviour);
    /// the current one is then kept, never replaced by nothing.
    /// </summary>
    public TokenSet Refreshed(string accessToken, string? newRefreshToken, DateTimeOffset accessTokenExpiresAt, DateTimeOffset? accessTokenIssuedAt = null) =>
        new(accessToken, string.IsNullOrWhiteSpace(newRefreshToken) ? RefreshToken : newRefreshToken, accessTokenExpiresAt, accessTokenIssuedAt);

    public override string ToString() => $"TokenSet {{ AccessTokenExpiresAt = {AccessTokenExpiresAt:O} }}";
}
