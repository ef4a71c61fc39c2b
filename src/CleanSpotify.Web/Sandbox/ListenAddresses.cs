using System.Net;

namespace CleanSpotify.Web.Sandbox;

/// <summary>
/// The addresses the site is configured to listen on: <c>Urls</c> (also set by <c>ASPNETCORE_URLS</c> and
/// <c>--urls</c>), <c>HTTP_PORTS</c>/<c>HTTPS_PORTS</c> (which listen on every interface) and Kestrel's
/// <c>Kestrel:Endpoints:*:Url</c>.
/// </summary>
public static class ListenAddresses
{
    /// <summary>The first configured address beyond loopback, with the key it came from; null if all are loopback.</summary>
    public static (string Key, string Url)? FirstBeyondLoopback(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var (key, url) in Configured(configuration))
        {
            if (!IsLoopback(url))
            {
                return (key, url);
            }
        }

        return null;
    }

    private static IEnumerable<(string Key, string Url)> Configured(IConfiguration configuration)
    {
        foreach (var url in Split(configuration[WebHostDefaults.ServerUrlsKey]))
        {
            yield return ("Urls", url);
        }

        foreach (var (key, scheme) in new[] { (WebHostDefaults.HttpPortsKey, "http"), (WebHostDefaults.HttpsPortsKey, "https") })
        {
            foreach (var port in Split(configuration[key]))
            {
                yield return (key.ToUpperInvariant(), $"{scheme}://*:{port}");
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return ($"Kestrel:Endpoints:{endpoint.Key}:Url", url.Trim());
            }
        }
    }

    private static string[] Split(string? value) =>
        value?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>127.0.0.0/8, [::1], localhost, or a Unix socket or named pipe; not a wildcard, a public name or address.</summary>
    private static bool IsLoopback(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            // Kestrel refuses it at start with its own message.
            return true;
        }

        if (address.IsUnixPipe || address.IsNamedPipe)
        {
            return true;
        }

        return string.Equals(address.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
