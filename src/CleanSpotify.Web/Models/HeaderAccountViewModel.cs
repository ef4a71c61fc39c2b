using System.Globalization;

namespace CleanSpotify.Web.Models;

/// <summary>The header's account chip: the Spotify display name and, when Spotify has one, the profile picture.</summary>
public sealed record HeaderAccountViewModel(string Name, Uri? ImageUrl)
{
    /// <summary>The name's first letter, shown in a circle when there is no picture.</summary>
    public string Initial => Name.Length == 0 ? "?" : Name[..1].ToUpper(CultureInfo.InvariantCulture);

    /// <summary>The chip for a display name that may be missing or blank.</summary>
    public static HeaderAccountViewModel For(string? name, Uri? imageUrl) =>
        new(string.IsNullOrWhiteSpace(name) ? "Spotify" : name.Trim(), imageUrl);
}
