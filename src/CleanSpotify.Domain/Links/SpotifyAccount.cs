namespace CleanSpotify.Domain.Links;

/// <summary>
/// Who the user is on Spotify. <see cref="AccountKey"/> is Spotify's immutable <c>account_id</c>, or the user
/// <c>id</c> when a server does not send <c>account_id</c>; e-mail is never an identity.
/// </summary>
public sealed record SpotifyAccount
{
    public SpotifyAccount(string accountKey, string userId, string? displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        AccountKey = accountKey;
        UserId = userId;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName;
    }

    public string AccountKey { get; }

    public string UserId { get; }

    public string? DisplayName { get; }

    /// <summary>Builds the account from a profile, preferring <c>account_id</c> and falling back to <c>id</c>.</summary>
    public static SpotifyAccount FromProfile(string? accountId, string userId, string? displayName) =>
        new(string.IsNullOrWhiteSpace(accountId) ? userId : accountId, userId, displayName);
}
