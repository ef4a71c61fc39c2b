using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CleanSpotify.Infrastructure.IntegrationTests.Support;
using CleanSpotify.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.IntegrationTests;

/// <summary>
/// The key ring in the database (<c>DataProtection:KeyStore=Database</c>) is shared by every instance on that database,
/// whatever their key folders; with <c>DataProtection:CertificatePath</c> its keys are stored encrypted, and only an
/// instance holding the certificate can use them.
/// </summary>
public sealed class KeyRingTests
{
    private const string CertificatePassword = "key-ring-test-password";

    [Fact]
    public async Task KeyStoreDatabase_TwoHostsWithDifferentKeyFolders_ShareTheKeyRing()
    {
        await using var env = await TestEnvironment.StartAsync(settings => UseDatabaseKeyStore(settings, "keys-a"));
        var ciphertext = env.Host.Services.GetRequiredService<TokenProtector>().Protect("shared-secret");
        var other = await env.CreateHostAsync(settings => UseDatabaseKeyStore(settings, "keys-b"));

        var plaintext = other.Services.GetRequiredService<TokenProtector>().Unprotect(ciphertext);

        plaintext.Should().Be("shared-secret");
        (await ReadKeyXmlAsync(env)).Should().ContainSingle().Which.Should().Contain("<masterKey", "without a certificate the key is stored as is");
        Directory.Exists(Path.Combine(env.Folder, "keys-a")).Should().BeFalse("no key is written to a folder");
        Directory.Exists(Path.Combine(env.Folder, "keys-b")).Should().BeFalse("no key is written to a folder");
    }

    [Fact]
    public async Task KeyStoreDatabaseWithCertificate_StoresKeysEncrypted_AndOnlyHostsWithTheCertificateCanUnprotect()
    {
        await using var env = await TestEnvironment.StartAsync();
        var certificatePath = CreateCertificate(env.Folder);
        var first = await env.CreateHostAsync(settings => UseCertificate(settings, certificatePath, "keys-a"));
        var ciphertext = first.Services.GetRequiredService<TokenProtector>().Protect("protected-secret");
        var keys = await ReadKeyXmlAsync(env);
        var withCertificate = await env.CreateHostAsync(settings => UseCertificate(settings, certificatePath, "keys-b"));
        var withoutCertificate = await env.CreateHostAsync(settings => UseDatabaseKeyStore(settings, "keys-c"));

        var plaintext = withCertificate.Services.GetRequiredService<TokenProtector>().Unprotect(ciphertext);
        var unprotectWithoutCertificate = () => withoutCertificate.Services.GetRequiredService<TokenProtector>().Unprotect(ciphertext);

        keys.Should().ContainSingle().Which.Should().Contain("<encryptedSecret").And.Contain("<EncryptedData").And.NotContain("<masterKey");
        plaintext.Should().Be("protected-secret");
        unprotectWithoutCertificate.Should().Throw<CryptographicException>();
    }

    /// <summary>The key ring in the database, unencrypted: allowed only in Development, where these hosts run.</summary>
    [Fact]
    public async Task KeyStoreDatabaseWithoutCertificate_OutsideDevelopment_IsRefusedAtStartNamingBothKeys()
    {
        await using var env = await TestEnvironment.StartAsync();

        var start = () => env.CreateHostAsync(settings =>
        {
            UseDatabaseKeyStore(settings, "keys-d");
            settings.EnvironmentName = Environments.Production;
        });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should()
            .StartWith("DataProtection:KeyStore is Database but DataProtection:CertificatePath is not set");
    }

    private static void UseDatabaseKeyStore(HostSettings settings, string keysFolder)
    {
        settings.EnvironmentName = Environments.Development;
        settings.Configuration["DataProtection:KeyStore"] = "Database";
        settings.Configuration["DataProtection:KeysPath"] = keysFolder;
    }

    /// <summary>The key ring in the database, encrypted with the certificate: allowed in any environment, so these hosts run in Production.</summary>
    private static void UseCertificate(HostSettings settings, string certificatePath, string keysFolder)
    {
        UseDatabaseKeyStore(settings, keysFolder);
        settings.EnvironmentName = Environments.Production;
        settings.Configuration["DataProtection:CertificatePath"] = certificatePath;
        settings.Configuration["DataProtection:CertificatePassword"] = CertificatePassword;
    }

    /// <summary>A self-signed RSA certificate with its private key, as a password-protected PFX file in <paramref name="folder"/>.</summary>
    private static string CreateCertificate(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CleanSpotify key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, "key-ring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, CertificatePassword));
        return path;
    }

    /// <summary>The key ring as the database holds it, read behind EF's back.</summary>
    private static async Task<IReadOnlyList<string>> ReadKeyXmlAsync(TestEnvironment env) =>
        (await RawDatabase.QueryAsync(env.DatabasePath, "SELECT \"Xml\" FROM \"DataProtectionKeys\" ORDER BY \"Id\""))
            .Select(row => (string)row["Xml"]!)
            .ToArray();
}
