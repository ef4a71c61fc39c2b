namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>Where the Data Protection key ring lives and whether it is encrypted at rest; read once at start.</summary>
internal sealed class KeyRingOptions
{
    public KeyStore KeyStore { get; set; }

    public string? CertificatePath { get; set; }
}
