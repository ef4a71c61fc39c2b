using CleanSpotify.SpotifySandbox;

namespace CleanSpotify.Web.Sandbox;

/// <summary>
/// With no Spotify credentials configured, the site runs against the built-in Spotify sandbox: it is started
/// in-process on a loopback port and the <c>Spotify:*</c> settings are pointed at it. With credentials it never starts.
/// Without credentials on a site that listens beyond loopback the start is refused: a reachable site would serve its
/// visitors from a stand-in meant for local use, whose consent page lets anyone act as any of its listeners.
/// </summary>
public static class SandboxMode
{
    public static async Task<SandboxHost?> StartSandboxUnlessSpotifyIsConfiguredAsync(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (!string.IsNullOrWhiteSpace(configuration["Spotify:ClientId"]) || !string.IsNullOrWhiteSpace(configuration["Spotify:ClientSecret"]))
        {
            return null;
        }

        if (ListenAddresses.FirstBeyondLoopback(configuration) is var (key, url))
        {
            throw new InvalidOperationException(
                $"The built-in Spotify sandbox is for local use only, but no Spotify credentials are set and {key} makes the site listen on {url}, beyond loopback; set Spotify:ClientId and Spotify:ClientSecret to your Spotify app's, or listen on 127.0.0.1, [::1] or localhost only.");
        }

        var options = new SandboxOptions();
        configuration.GetSection(SandboxOptions.SectionName).Bind(options);
        options.RedirectUris.Clear();
        options.RedirectUris.Add(configuration["Spotify:RedirectUri"] ?? DefaultRedirectUri);

        var host = await SandboxHost.StartAsync(options, port: configuration.GetValue("Sandbox:Port", 0));
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Spotify:ClientId"] = options.ClientId,
            ["Spotify:ClientSecret"] = options.ClientSecret,
            ["Spotify:AccountsBaseUrl"] = host.AccountsBaseUrl.ToString().TrimEnd('/'),
            ["Spotify:ApiBaseUrl"] = host.ApiBaseUrl.ToString(),
        });
        builder.Services.AddHostedService(_ => new SandboxLifetime(host));
        return host;
    }

    private const string DefaultRedirectUri = "http://127.0.0.1:5000/spotify/callback";

    /// <summary>Stops the in-process sandbox with the site.</summary>
    private sealed class SandboxLifetime(SandboxHost host) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken) => await host.DisposeAsync();
    }
}
