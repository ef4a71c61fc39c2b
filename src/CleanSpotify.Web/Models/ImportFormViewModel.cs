using System.Globalization;

namespace CleanSpotify.Web.Models;

/// <summary>The upload page: the size limit to state.</summary>
public sealed record ImportFormViewModel(long MaxUploadBytes)
{
    public string MaxUploadText => Megabytes(MaxUploadBytes) + " MB";

    public static string Megabytes(long bytes) => Math.Max(1, bytes / (1024 * 1024)).ToString("N0", CultureInfo.InvariantCulture);
}
