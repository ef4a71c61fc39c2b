namespace CleanSpotify.SpotifySandbox.Accounts;

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
