namespace CleanSpotify.Application.Links;

/// <summary>Return URLs are accepted only when they stay on this site (no open redirects).</summary>
internal static class LocalUrl
{
    public const int MaxLength = 2048;

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url.Length <= MaxLength
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
