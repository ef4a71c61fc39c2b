namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>Where the Data Protection key ring is kept (<c>DataProtection:KeyStore</c>).</summary>
public enum KeyStore
{
    /// <summary>A folder (<c>DataProtection:KeysPath</c>); shared by instances only if the folder is.</summary>
    FileSystem,

    /// <summary>The app's database, so every instance on it reads one key ring.</summary>
    Database,
}
