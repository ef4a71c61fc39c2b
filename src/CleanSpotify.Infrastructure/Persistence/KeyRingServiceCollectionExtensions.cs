using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Persistence;

internal static class KeyRingServiceCollectionExtensions
{
    /// <summary>Data Protection application name: instances sharing a key ring must use the same one.</summary>
    public const string ApplicationName = "CleanSpotify";

    /// <summary>
    /// One key ring per deployment under a fixed application name, so cookies, antiforgery tokens and encrypted
    /// tokens written by one instance are read by every other: in a folder by default, or in the database.
    /// Optionally encrypted at rest with a certificate kept apart from the database (ADR 0016); outside Development a
    /// key ring in the database must be (<see cref="KeyRingEncryptionValidator"/>).
    /// </summary>
    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var keyRing = services.AddValidatedNow<KeyRingOptions>(options => options.Bind(configuration), new KeyRingOptionsValidator());
        services.AddSingleton<IValidateOptions<KeyRingOptions>, KeyRingEncryptionValidator>();

        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (keyRing.KeyStore == KeyStore.Database)
        {
            dataProtection.PersistKeysToDbContext<CleanSpotifyDbContext>();
        }
        else
        {
            services.AddOptions<KeyManagementOptions>()
                .Configure<IHostEnvironment, ILoggerFactory>((options, environment, loggerFactory) =>
                    options.XmlRepository = new FileSystemXmlRepository(
                        new DirectoryInfo(keyRing.KeysFolder(environment.ContentRootPath)), loggerFactory));
        }

        if (keyRing.CertificatePath is { Length: > 0 } certificatePath)
        {
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificatePath, keyRing.CertificatePassword));
        }

        return services;
    }
}
