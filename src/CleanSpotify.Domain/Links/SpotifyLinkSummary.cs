namespace CleanSpotify.Domain.Links;

/// <summary>
/// A link without its tokens: whose it is, what was granted and when, and whether it still works. Pages check it on
/// every request, and it reads from the store without decrypting a token.
/// </summary>
public sealed record SpotifyLinkSummary(
    Guid LinkId,
    string AppUserId,
    SpotifyAccount Account,
    LinkStatus Status,
    DateTimeOffset AuthorizedAt,
    IReadOnlyList<string> GrantedScopes)
{
    public DateTimeOffset RefreshTokenExpiresAt => AuthorizedAt + SpotifyLink.RefreshTokenLifetime;

    public bool HasScope(string scope) => GrantedScopes.Contains(scope, StringComparer.Ordinal);

    /// <summary>
    /// True when the link cannot call Spotify again without a new consent: Spotify refused its tokens, or its refresh
    /// token is past <see cref="RefreshTokenExpiresAt"/>.
    /// </summary>
    public bool NeedsReconnectAt(DateTimeOffset now) => Status == LinkStatus.NeedsReconnect || now >= RefreshTokenExpiresAt;

    /// <summary>True from <see cref="SpotifyLink.ExpiryWarningAge"/> after consent until the refresh token expires.</summary>
    public bool IsExpiringSoon(DateTimeOffset now) =>
        Status == LinkStatus.Linked && now >= AuthorizedAt + SpotifyLink.ExpiryWarningAge && now < RefreshTokenExpiresAt;
}
