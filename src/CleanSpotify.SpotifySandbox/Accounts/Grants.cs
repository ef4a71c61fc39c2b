namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary>A validated <c>GET /authorize</c> request waiting for the consent page's answer.</summary>
internal sealed record PendingAuthorization(
    string RedirectUri,
    IReadOnlyList<string> Scopes,
    string? State,
    string? CodeChallenge,
    DateTimeOffset ExpiresAt);

/// <summary>An issued authorization code. Mutable state is guarded by <see cref="GrantStore"/>'s lock.</summary>
internal sealed class AuthorizationCodeGrant(
    string listenerKey, IReadOnlyList<string> scopes, string redirectUri, string? codeChallenge, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
{
    public string ListenerKey { get; } = listenerKey;

    public IReadOnlyList<string> Scopes { get; } = scopes;

    public string RedirectUri { get; } = redirectUri;

    public string? CodeChallenge { get; } = codeChallenge;

    public DateTimeOffset IssuedAt { get; } = issuedAt;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    public bool Used { get; set; }

    /// <summary>Tokens issued from this code, revoked if the code is presented again.</summary>
    public List<string> IssuedTokens { get; } = [];
}

/// <summary>An issued access token. <see cref="ExpiresAt"/> can be moved to the past by a fault.</summary>
internal sealed class AccessTokenGrant(string listenerKey, IReadOnlySet<string> scopes, DateTimeOffset expiresAt)
{
    public string ListenerKey { get; } = listenerKey;

    public IReadOnlySet<string> Scopes { get; } = scopes;

    public DateTimeOffset ExpiresAt { get; set; } = expiresAt;
}

/// <summary>An issued refresh token; it expires a fixed time after <see cref="AuthorizedAt"/>, whatever happens.</summary>
internal sealed class RefreshTokenGrant(string listenerKey, IReadOnlyList<string> scopes, DateTimeOffset authorizedAt, bool issuedToPublicClient)
{
    public string ListenerKey { get; } = listenerKey;

    public IReadOnlyList<string> Scopes { get; } = scopes;

    public DateTimeOffset AuthorizedAt { get; } = authorizedAt;

    /// <summary>True when the code was exchanged with PKCE and no secret, so refreshing needs no secret either.</summary>
    public bool IssuedToPublicClient { get; } = issuedToPublicClient;

    public bool Revoked { get; set; }
}
