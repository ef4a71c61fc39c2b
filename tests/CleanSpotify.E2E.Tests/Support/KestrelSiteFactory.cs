using CleanSpotify.SpotifySandbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CleanSpotify.E2E.Tests.Support;

/// <summary>
/// The site as a browser sees it: real Kestrel on <paramref name="baseAddress"/> (the caller binds it with
/// <c>UseKestrel</c>), its own SQLite file and key ring under <paramref name="dataRoot"/>, and Spotify's two base URLs
/// pointed at <paramref name="sandbox"/>. Setting <c>Spotify:ClientId</c> keeps the site from starting a sandbox of its own.
/// </summary>
public sealed class KestrelSiteFactory(Uri baseAddress, SandboxHost sandbox, string dataRoot) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var sandboxOptions = new SandboxOptions();
        builder.UseSetting("ConnectionStrings:CleanSpotify", $"Data Source={Path.Combine(dataRoot, "app.db")}");
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(dataRoot, "keys"));
        builder.UseSetting("Spotify:ClientId", sandboxOptions.ClientId);
        builder.UseSetting("Spotify:ClientSecret", sandboxOptions.ClientSecret);
        builder.UseSetting("Spotify:AccountsBaseUrl", sandbox.AccountsBaseUrl.ToString().TrimEnd('/'));
        builder.UseSetting("Spotify:ApiBaseUrl", sandbox.ApiBaseUrl.ToString());
        builder.UseSetting("Spotify:RedirectUri", new Uri(baseAddress, "/spotify/callback").AbsoluteUri);

        // Every browser context comes from 127.0.0.1: lift the per-address sign-in limit.
        builder.UseSetting("SignIn:PermitsPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // The collector on short intervals, so a test sees plays arrive within seconds (paces are set per test).
        builder.UseSetting("History:SweepInterval", "00:00:01");
        builder.UseSetting("History:MinPollInterval", "00:00:02");
        builder.UseSetting("History:PollInterval", "00:00:20");

        // The caller's UseKestrel(...) endpoint is the only address: drop appsettings' Urls, which Kestrel would
        // otherwise report as overridden.
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, string.Empty);
    }
}
