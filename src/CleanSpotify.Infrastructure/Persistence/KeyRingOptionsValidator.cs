using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>A known key store (<c>DataProtection:KeyStore</c>).</summary>
internal sealed class KeyRingOptionsValidator : IValidateOptions<KeyRingOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingOptions options) =>
        ConfiguredEnum.Check<KeyStore>(KeyRingOptions.KeyStoreKey, options.KeyStoreName) is { } failure
            ? ValidateOptionsResult.Fail(failure)
            : ValidateOptionsResult.Success;
}
