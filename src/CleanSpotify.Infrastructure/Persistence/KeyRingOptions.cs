using Microsoft.Extensions.Configuration;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Where the Data Protection key ring lives and whether it is encrypted at rest, bound from the
/// <c>DataProtection</c> section and checked by <see cref="KeyRingOptionsValidator"/> and
/// <see cref="KeyRingEncryptionValidator"/>.
/// </summary>
internal sealed class KeyRingOptions
{
    public const string SectionName = "DataProtection";

    public const string KeyStoreKey = "DataProtection:KeyStore";

    public const string CertificatePathKey = "DataProtection:CertificatePath";

    /// <summary><c>DataProtection:KeyStore</c> as written; <see cref="KeyStore"/> reads it once validated.</summary>
    public string? KeyStoreName { get; set; }

    public string? KeysPath { get; set; }

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public KeyStore KeyStore => ConfiguredEnum.Parse(KeyStoreName, KeyStore.FileSystem);

    public void Bind(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        KeyStoreName = section["KeyStore"];
        KeysPath = section["KeysPath"];
        CertificatePath = section["CertificatePath"];
        CertificatePassword = section["CertificatePassword"];
    }

    /// <summary>The key folder (<c>App_Data/keys</c> by default), relative paths resolved against the content root.</summary>
    public string KeysFolder(string contentRootPath) =>
        string.IsNullOrWhiteSpace(KeysPath)
            ? Path.Combine(contentRootPath, DatabaseOptions.DataFolder, "keys")
            : Path.GetFullPath(KeysPath, contentRootPath);
}
