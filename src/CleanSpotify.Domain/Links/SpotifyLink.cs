namespace CleanSpotify.Domain.Links;

/// <summary>
/// The link between one app user and one Spotify account, owning the tokens Spotify issued for it.
/// </summary>
public sealed class SpotifyLink
{
    /// <summary>Spotify refresh tokens expire this long after the user's consent; refreshing does not extend it.</summary>
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(182);

    /// <summary>From this age on, pages offer to reconnect before the link expires.</summary>
    public static readonly TimeSpan ExpiryWarningAge = TimeSpan.FromDays(167);

    private readonly List<string> _grantedScopes = [];

    /// <summary>Used by <see cref="Create"/>, which sets the account at once, and by persistence when loading.</summary>
    private SpotifyLink(string appUserId)
    {
        AppUserId = appUserId;
        Account = null!;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string AppUserId { get; private set; }

    public SpotifyAccount Account { get; private set; }

    public IReadOnlyList<string> GrantedScopes => _grantedScopes;

    /// <summary>When the user last consented on Spotify; the refresh token's six months start here.</summary>
    public DateTimeOffset AuthorizedAt { get; private set; }

    public LinkStatus Status { get; private set; }

    /// <summary>The tokens, or null once Spotify has refused them and the user must reconnect.</summary>
    public TokenSet? Tokens { get; private set; }

    public static SpotifyLink Create(
        string appUserId,
        SpotifyAccount account,
        TokenSet tokens,
        IEnumerable<string> grantedScopes,
        DateTimeOffset authorizedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appUserId);
        ArgumentNullException.ThrowIfNull(account);
        var link = new SpotifyLink(appUserId);
        link.Authorize(account, tokens, grantedScopes, authorizedAt);
        return link;
    }

    /// <summary>Records a new consent: fresh tokens, the scopes granted this time, and a new six-month window.</summary>
    public void Authorize(SpotifyAccount account, TokenSet tokens, IEnumerable<string> grantedScopes, DateTimeOffset authorizedAt)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(grantedScopes);
        Account = account;
        Tokens = tokens;
        AuthorizedAt = authorizedAt;
        Status = LinkStatus.Linked;
        _grantedScopes.Clear();
        _grantedScopes.AddRange(grantedScopes.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal));
    }

    /// <summary>Whether this link belongs to the given Spotify account.</summary>
    public bool IsFor(SpotifyAccount account) =>
        string.Equals(Account.AccountKey, account?.AccountKey, StringComparison.Ordinal);

    /// <summary>The link as pages see it: everything but the tokens.</summary>
    public SpotifyLinkSummary Summary => new(Id, AppUserId, Account, Status, AuthorizedAt, [.. _grantedScopes]);

    /// <summary>Stores the result of a refresh; a missing refresh token keeps the current one.</summary>
    public void ApplyRefresh(string accessToken, string? newRefreshToken, DateTimeOffset accessTokenExpiresAt, DateTimeOffset? accessTokenIssuedAt = null)
    {
        if (Tokens is null)
        {
            throw new InvalidOperationException("A link that needs reconnecting has no tokens to refresh.");
        }

        Tokens = Tokens.Refreshed(accessToken, newRefreshToken, accessTokenExpiresAt, accessTokenIssuedAt);
    }

    /// <summary>
    /// Puts back tokens that Spotify issued in a successful refresh, after a concurrent refresh with an older,
    /// rotated-away refresh token marked the link as needing a reconnect. Keeps the consent time.
    /// </summary>
    public void RestoreTokens(TokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Tokens = tokens;
        Status = LinkStatus.Linked;
    }

    /// <summary>Spotify refused the refresh token: forget the tokens and ask the user to consent again.</summary>
    public void MarkNeedsReconnect()
    {
        Tokens = null;
        Status = LinkStatus.NeedsReconnect;
    }
}
