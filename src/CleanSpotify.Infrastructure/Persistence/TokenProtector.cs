using Microsoft.AspNetCore.DataProtection;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Encrypts Spotify tokens and PKCE verifiers at rest with a purpose-scoped Data Protection protector. The key ring
/// lives outside the database, so a copied database file alone reveals nothing.
/// </summary>
public sealed class TokenProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "CleanSpotify.Persistence.SpotifyTokens.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string ciphertext) => _protector.Unprotect(ciphertext);
}
