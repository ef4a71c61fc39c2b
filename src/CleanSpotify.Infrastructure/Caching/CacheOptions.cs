namespace CleanSpotify.Infrastructure.Caching;

/// <summary>Settings of the <c>Cache</c> section.</summary>
internal sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>
    /// Most megabytes of cached reads one instance keeps in memory, counted as HybridCache counts an entry (its
    /// serialized size). Past it a new entry is not kept and the oldest are compacted away, so memory stays bounded
    /// however many pages are viewed in a day; the fallback copies kept for a day are the entries that grow with use.
    /// </summary>
    public int MemoryLimitMegabytes { get; set; } = 256;

    /// <summary><see cref="MemoryLimitMegabytes"/> in bytes.</summary>
    public long MemoryLimitBytes => MemoryLimitMegabytes * 1024L * 1024L;
}
