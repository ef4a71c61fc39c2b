namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>Limits of data-export imports (section <c>Import</c>).</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>Largest upload accepted, all files together, checked before the body is read (300 MB).</summary>
    public long MaxUploadBytes { get; set; } = 300L * 1024 * 1024;

    /// <summary>Largest total of streaming-history JSON read out of the zips of one import (4 GB).</summary>
    public long MaxUncompressedBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Most entries a zip may have (Spotify's exports have a few dozen).</summary>
    public int MaxEntries { get; set; } = 1000;

    /// <summary>Where uploads wait while their import runs; empty for a folder under the system's temp folder.</summary>
    public string UploadFolder { get; set; } = string.Empty;
}
