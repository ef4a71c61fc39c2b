using CleanSpotify.SpotifySandbox;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.Infrastructure.IntegrationTests.Support;

/// <summary>
/// One test's world: a fake clock shared by the app and the sandbox, a sandbox on a loopback port, a temporary
/// folder holding the SQLite file and the key ring, and the app hosts built on them.
/// </summary>
internal sealed class TestEnvironment : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Just past the point where the app treats a one-hour token as expired (60 s skew).</summary>
    public static readonly TimeSpan PastRefreshPoint = TimeSpan.FromSeconds(3600 - 60 + 1);

    private readonly List<InfrastructureHost> _hosts = [];
    private bool _sandboxDisposed;

    private TestEnvironment(FakeTimeProvider time, SandboxHost sandbox, string folder)
    {
        Time = time;
        Sandbox = sandbox;
        Folder = folder;
    }

    public FakeTimeProvider Time { get; }

    public SandboxHost Sandbox { get; }

    public SandboxState SandboxState => Sandbox.State;

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "test.db");

    public string KeysPath => Path.Combine(Folder, "keys");

    /// <summary>The sandbox's accounts origin without the trailing slash.</summary>
    public string AccountsBaseUrl => Sandbox.AccountsBaseUrl.ToString().TrimEnd('/');

    public string ApiBaseUrl => Sandbox.ApiBaseUrl.ToString().TrimEnd('/');

    /// <summary>The first host, created by <see cref="StartAsync"/>.</summary>
    public InfrastructureHost Host => _hosts[0];

    public static async Task<TestEnvironment> StartAsync(Action<HostSettings>? configure = null, Action<SandboxOptions>? sandbox = null)
    {
        var time = new FakeTimeProvider(StartTime);
        var sandboxOptions = new SandboxOptions();
        sandbox?.Invoke(sandboxOptions);
        var host = await SandboxHost.StartAsync(sandboxOptions, time, port: 0, TestContext.Current.CancellationToken);
        var folder = Path.Combine(Path.GetTempPath(), "cleanspotify-it-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var environment = new TestEnvironment(time, host, folder);
        try
        {
            await environment.CreateHostAsync(configure);
        }
        catch
        {
            await environment.DisposeAsync();
            throw;
        }

        return environment;
    }

    /// <summary>Another app instance: by default on the same database file and key ring as the others.</summary>
    public async Task<InfrastructureHost> CreateHostAsync(Action<HostSettings>? configure = null)
    {
        var settings = new HostSettings
        {
            Configuration =
            {
                ["Spotify:ClientId"] = "cleanspotify-sandbox",
                ["Spotify:ClientSecret"] = "cleanspotify-sandbox-secret",
                ["Spotify:RedirectUri"] = "http://127.0.0.1:5000/spotify/callback",
                ["Spotify:AccountsBaseUrl"] = AccountsBaseUrl,
                ["Spotify:ApiBaseUrl"] = ApiBaseUrl,

                // Links made here may save playlists; tests of the per-user call budget set their own, lower, budget.
                ["Spotify:Scopes"] = "user-top-read user-read-recently-played playlist-modify-private",
                ["RateLimits:SpotifyCallsPerUserPerMinute"] = "1000",
                ["ConnectionStrings:CleanSpotify"] = $"Data Source={DatabasePath}",
                ["DataProtection:KeysPath"] = KeysPath,

                // No Quartz: these hosts run no hosted services of the web host's lifetime, and tests call stores directly.
                ["History:Enabled"] = "false",
            },
        };
        configure?.Invoke(settings);
        var host = await InfrastructureHost.StartAsync(settings, Folder, Time);
        _hosts.Add(host);
        return host;
    }

    /// <summary>Stops the sandbox early, to see how the app copes with an unreachable Spotify.</summary>
    public async Task StopSandboxAsync()
    {
        _sandboxDisposed = true;
        await Sandbox.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        if (!_sandboxDisposed)
        {
            await Sandbox.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>What a test may change about one app host before it is built.</summary>
internal sealed class HostSettings
{
    /// <summary>The app configuration; remove a key to leave it unset.</summary>
    public Dictionary<string, string?> Configuration { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra registrations, applied after <c>AddInfrastructure</c>.</summary>
    public Action<IServiceCollection>? Services { get; set; }

    /// <summary>The lowest level captured by the fake log collector.</summary>
    public LogLevel MinimumLogLevel { get; set; } = LogLevel.Information;

    /// <summary>Whether to run the hosted services (the migrator) at start.</summary>
    public bool StartHostedServices { get; set; } = true;

    /// <summary>The host environment's name; start-up validation depends on it (e.g. the key ring's certificate rule).</summary>
    public string EnvironmentName { get; set; } = "IntegrationTests";
}
