namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary>An issued access token. <see cref="ExpiresAt"/> can be moved to the past by a fault.</summary>
internal sealed class AccessTokenGrant(string listenerKey, IReadOnlySet<string> scopes, DateTimeOffset expiresAt)
{
    public string ListenerKey { get; } = listenerKey;

    public IReadOnlySet<string> Scopes { get; } = scopes;

    public DateTimeOffset ExpiresAt { get; set; } = expiresAt;
}
