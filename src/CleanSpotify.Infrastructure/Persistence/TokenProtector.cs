using Microsoft.AspNetCore.DataProtection;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Encrypts Spotify tokens and PKCE verifiers at rest with a purpose-scoped Data Protection protector. A copied database
/// alone reveals nothing only while its keys are out of reach: a key ring in a folder, or one kept in the database
/// (<c>DataProtection:KeyStore=Database</c>) and encrypted with a certificate stored apart from it (ADR 0016).
/// </summary>
public sealed class TokenProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "CleanSpotify.Persistence.SpotifyTokens.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string ciphertext) => _protector.Unprotect(ciphertext);
}
