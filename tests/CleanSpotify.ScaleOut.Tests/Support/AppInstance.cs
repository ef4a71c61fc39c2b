using System.Net;
using CleanSpotify.SpotifySandbox;
using CleanSpotify.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CleanSpotify.ScaleOut.Tests.Support;

/// <summary>
/// One instance of the site on real Kestrel at its own loopback port, configured the way docs/deployment.md sets up
/// a scaled-out deployment: PostgreSQL, the key ring in the database, Redis as the cache's second level, and the
/// public redirect URI every instance shares.
/// </summary>
internal sealed class AppInstance : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly TimeProvider _clock;

    private AppInstance(IReadOnlyDictionary<string, string> settings, TimeProvider clock, int port)
    {
        _settings = settings;
        _clock = clock;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        this.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts an instance; <paramref name="extraSettings"/> override the defaults (the collector is off unless they turn it on).</summary>
    public static AppInstance Start(
        SandboxHost sandbox, string databaseConnectionString, Uri publicRedirectUri, TimeProvider clock, IReadOnlyDictionary<string, string>? extraSettings = null)
    {
        var sandboxOptions = new SandboxOptions();
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:CleanSpotify"] = databaseConnectionString,
            ["ConnectionStrings:Redis"] = TestServers.Redis,
            ["DataProtection:KeyStore"] = "Database",
            ["Spotify:ClientId"] = sandboxOptions.ClientId,
            ["Spotify:ClientSecret"] = sandboxOptions.ClientSecret,
            ["Spotify:AccountsBaseUrl"] = sandbox.AccountsBaseUrl.ToString().TrimEnd('/'),
            ["Spotify:ApiBaseUrl"] = sandbox.ApiBaseUrl.ToString(),
            ["Spotify:RedirectUri"] = publicRedirectUri.AbsoluteUri,
            ["SignIn:PermitsPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            [WebHostDefaults.ServerUrlsKey] = string.Empty,

            // Tests that count Spotify calls count only their own; the collector's tests turn it on.
            ["History:Enabled"] = "false",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var instance = new AppInstance(settings, clock, FreeTcpPort.Pick());
        instance.StartServer();
        return instance;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The key ring sits in the database without a certificate, which the site allows only in Development.
        builder.UseEnvironment(Environments.Development);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton(_clock));
    }
}
