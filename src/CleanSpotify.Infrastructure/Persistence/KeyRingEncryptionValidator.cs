using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Outside Development, a key ring kept in the database must be encrypted with a certificate: otherwise anyone with
/// a copy of the database holds both the encrypted Spotify tokens and the keys that decrypt them.
/// </summary>
internal sealed class KeyRingEncryptionValidator(IHostEnvironment environment) : IValidateOptions<KeyRingOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingOptions options) =>
        options.KeyStore == KeyStore.Database && string.IsNullOrWhiteSpace(options.CertificatePath) && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                $"{KeyRingOptions.KeyStoreKey} is Database but {KeyRingOptions.CertificatePathKey} is not set, which outside Development would keep the key ring in plain text next to the tokens it protects; set {KeyRingOptions.CertificatePathKey} to a PFX certificate kept apart from the database.")
            : ValidateOptionsResult.Success;
}
