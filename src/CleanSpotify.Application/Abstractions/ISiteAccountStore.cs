namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: the site account itself (the sign-in identity), apart from anything kept from Spotify.</summary>
public interface ISiteAccountStore
{
    /// <summary>The account as stored, without its password hash or stamps; null when there is no such account.</summary>
    Task<SiteAccount?> FindAsync(string appUserId, CancellationToken cancellationToken);

    /// <summary>Deletes the account with its claims, logins and tokens; false when there was no such account.</summary>
    Task<bool> DeleteAsync(string appUserId, CancellationToken cancellationToken);
}
