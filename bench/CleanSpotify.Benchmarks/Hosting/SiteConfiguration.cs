using CleanSpotify.SpotifySandbox;

namespace CleanSpotify.Benchmarks.Hosting;

/// <summary>
/// The settings the site runs with, given both to the site process (as environment variables) and to the seeding
/// host, so that both use one database and one key ring. The site sees real-Spotify settings pointing at the
/// harness's sandbox, so the sandbox does not run inside the measured process.
/// </summary>
internal static class SiteConfiguration
{
    /// <summary>The site's default <c>Spotify:Scopes</c>: what a seeded link was granted.</summary>
    public static readonly string[] Scopes =
        ["user-read-private", "user-read-email", "user-top-read", "user-read-recently-played", "playlist-modify-private"];

    public static Dictionary<string, string?> For(Workspace workspace, SandboxHost sandbox, SandboxOptions sandboxOptions, int port)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(sandboxOptions);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ConnectionStrings:CleanSpotify"] = $"Data Source={workspace.Database}",
            ["DataProtection:KeysPath"] = workspace.Keys,
            ["Spotify:ClientId"] = sandboxOptions.ClientId,
            ["Spotify:ClientSecret"] = sandboxOptions.ClientSecret,
            ["Spotify:AccountsBaseUrl"] = sandbox.AccountsBaseUrl.ToString().TrimEnd('/'),
            ["Spotify:ApiBaseUrl"] = sandbox.ApiBaseUrl.ToString(),
            ["Spotify:RedirectUri"] = $"http://127.0.0.1:{port}/spotify/callback",
            ["Spotify:Scopes"] = string.Join(' ', Scopes),

            // The load signs in a few hundred users from one address; the per-address limit would refuse most.
            ["SignIn:PermitsPerMinute"] = "1000000",

            // The background collector would poll every seeded user during the page scenarios, taking CPU and
            // Spotify calls the page figures and economy targets must not include; the collector scenario turns it on.
            ["History:Enabled"] = "false",
        };
    }
}
