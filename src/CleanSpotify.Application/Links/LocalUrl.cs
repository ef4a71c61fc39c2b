namespace CleanSpotify.Application.Links;

/// <summary>Return URLs are accepted only when they stay on this site (no open redirects).</summary>
internal static class LocalUrl
{
    public const int MaxLength = 2048;

    public const string Message = "The return address must be a page on this site.";

    /// <summary>The rule for an optional return URL: none, or a page on this site.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeLocalUrlWhenGiven<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(url => string.IsNullOrEmpty(url) || IsLocal(url)).WithMessage(Message);

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url.Length <= MaxLength
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
