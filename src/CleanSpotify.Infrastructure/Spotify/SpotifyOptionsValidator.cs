using System.Net;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Start-up checks that turn Spotify's redirect rules (2025+) and obvious misconfigurations into one clear sentence
/// each, instead of a failure on the user's first link attempt. Base URLs must be https unless they are on loopback
/// (the sandbox), so that the client secret and tokens never cross a network in clear text.
/// </summary>
internal sealed class SpotifyOptionsValidator : IValidateOptions<SpotifyOptions>
{
    public ValidateOptionsResult Validate(string? name, SpotifyOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add(string.IsNullOrWhiteSpace(options.ClientSecret)
                ? "Spotify:ClientId is not set; set it (with Spotify:ClientSecret) to the values of your app on the Spotify developer dashboard."
                : "Spotify:ClientSecret is set but Spotify:ClientId is not; set both, or neither to use the built-in sandbox.");
        }

        ValidateRedirectUri(options.RedirectUri, failures);
        ValidateBaseUrl("Spotify:AccountsBaseUrl", options.AccountsBaseUrl, failures);
        ValidateBaseUrl("Spotify:ApiBaseUrl", options.ApiBaseUrl, failures);

        if (string.IsNullOrWhiteSpace(options.Scopes))
        {
            failures.Add("Spotify:Scopes is empty; it must list the space-separated scopes to ask for, for example \"" + SpotifyOptions.DefaultScopes + "\".");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateRedirectUri(string? value, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"Spotify:RedirectUri \"{value}\" must be an absolute http or https URL such as http://127.0.0.1:5000/spotify/callback.");
            return;
        }

        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Spotify:RedirectUri \"{value}\" uses localhost, which Spotify rejects; use the loopback address instead, for example http://127.0.0.1:{uri.Port}{uri.AbsolutePath}.");
            return;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !(IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)))
        {
            failures.Add($"Spotify:RedirectUri \"{value}\" uses plain http on a non-loopback host; Spotify only accepts https, or http on 127.0.0.1 or [::1].");
        }

        if (!string.IsNullOrEmpty(uri.Fragment))
        {
            failures.Add($"Spotify:RedirectUri \"{value}\" must not contain a fragment (#...).");
        }
    }

    private static void ValidateBaseUrl(string key, string? value, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{key} \"{value}\" must be an absolute http or https URL.");
        }
        else if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            failures.Add($"{key} \"{value}\" must not contain a query string or fragment.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            failures.Add($"{key} \"{value}\" uses plain http on a non-loopback host, which would send the client secret and tokens in clear text; use https (plain http is allowed only on 127.0.0.1, [::1] or localhost).");
        }
    }
}
