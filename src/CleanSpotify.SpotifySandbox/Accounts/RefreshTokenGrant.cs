namespace CleanSpotify.SpotifySandbox.Accounts;

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
