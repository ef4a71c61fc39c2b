using System.Net.Http.Headers;
using System.Text.Json;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.SpotifySandbox;
using CleanSpotify.Tests.Shared;
using CleanSpotify.Web.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>
/// The site on a TestServer with its own temporary database (<see cref="TestStore"/>: a SQLite file, or a PostgreSQL
/// database when the suite runs on PostgreSQL) and key ring, pointed through <c>UseSetting</c> at a
/// Spotify sandbox this factory starts on a loopback port. Setting <c>Spotify:ClientId</c> keeps the site from
/// starting its own sandbox, so the site talks to "some Spotify-compatible server" over real HTTP.
/// </summary>
public class CleanSpotifyWebApplicationFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string RedirectUri = "http://127.0.0.1:5000/spotify/callback";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cleanspotify-web-tests", Guid.NewGuid().ToString("N"));
    private SandboxHost? _sandbox;
    private TestStore? _store;
    private HttpClient? _sandboxClient;

    public SandboxHost Sandbox => _sandbox ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>A plain client for the sandbox: no redirects followed, no cookies.</summary>
    public HttpClient SandboxClient => _sandboxClient ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>The database the site runs on.</summary>
    public TestStore Store => _store ??= TestStore.FromEnvironment(_root);

    public string KeysPath => Path.Combine(_root, "keys");

    /// <summary>Every log entry the site wrote, whatever its level.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Turns every category up to Trace (except what the site itself filters in code).</summary>
    protected virtual bool TraceLogging => false;

    /// <summary>The sandbox's clock: real time, unless a derived factory drives it with the site's fake clock.</summary>
    protected virtual TimeProvider SandboxClock => TimeProvider.System;

    public SandboxListener Listener(string key) => Sandbox.State.Listeners.Single(l => l.Key == key);

    public virtual async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _sandbox = await SandboxHost.StartAsync(new SandboxOptions(), SandboxClock, port: 0, TestContext.Current.CancellationToken);
#pragma warning disable CA2000 // The client owns the handler and is disposed with the factory.
        _sandboxClient = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
#pragma warning restore CA2000
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed, and any 5xx answer fails the test.</summary>
    public HttpClient CreateBrowserClient() => CreateBrowserClient(new Uri("http://localhost/"));

    /// <summary>As <see cref="CreateBrowserClient()"/>, at <paramref name="baseAddress"/> (an https one makes every request https), with <paramref name="innermost"/> next to the site.</summary>
    public HttpClient CreateBrowserClient(Uri baseAddress, params DelegatingHandler[] innermost) =>
        CreateDefaultClient(baseAddress, [new NoServerErrorsHandler(), new CookieContainerHandler(), .. innermost]);

    public UserSession NewSession() => new(this);

    /// <summary>Waits until the rank snapshot pages the site has queued so far are written (they never hold up a page).</summary>
    public Task SnapshotsWrittenAsync() => Services.GetRequiredService<IRankSnapshotRecorder>().FlushAsync(TestContext.Current.CancellationToken);

    /// <summary>A new session signed in as a freshly registered user.</summary>
    public async Task<UserSession> SignedUpSessionAsync(string prefix = "user")
    {
        var session = NewSession();
        var response = await session.RegisterAsync(TestEmails.Unique(prefix));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            var page = await HtmlPage.ParseAsync(response, TestContext.Current.CancellationToken);
            throw new InvalidOperationException($"Registering a fresh user answered {(int)response.StatusCode}: {page.Text}");
        }

        return session;
    }

    /// <summary>
    /// The names the sandbox's own API returns for <paramref name="listenerKey"/>, read with the last access token
    /// the site used for that listener.
    /// </summary>
    public async Task<IReadOnlyList<string>> SandboxTopTrackNamesAsync(string listenerKey, string range, int offset)
    {
        var token = Sandbox.State.ApiCalls.Last(c => c.ListenerKey == listenerKey && c.StatusCode == 200 && c.AccessToken is not null).AccessToken;
        var apiBase = Sandbox.ApiBaseUrl.ToString().TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{apiBase}/me/top/tracks?time_range={range}&limit=50&offset={offset}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await SandboxClient.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var sandboxOptions = new SandboxOptions();
        Store.Configure(builder);
        builder.UseSetting("DataProtection:KeysPath", KeysPath);
        builder.UseSetting("Spotify:ClientId", sandboxOptions.ClientId);
        builder.UseSetting("Spotify:ClientSecret", sandboxOptions.ClientSecret);
        builder.UseSetting("Spotify:AccountsBaseUrl", Sandbox.AccountsBaseUrl.ToString().TrimEnd('/'));
        builder.UseSetting("Spotify:ApiBaseUrl", Sandbox.ApiBaseUrl.ToString());
        builder.UseSetting("Spotify:RedirectUri", RedirectUri);

        // The background collector stays off, so tests that count Spotify calls count only their own; the collector's
        // tests turn it on or run its sweeps themselves.
        builder.UseSetting("History:Enabled", "false");

        // All test clients share one (missing) remote address: lift the per-address sign-in limit.
        builder.UseSetting("SignIn:PermitsPerMinute", "100000");
        if (TraceLogging)
        {
            builder.UseSetting("Logging:LogLevel:Default", "Trace");
            builder.UseSetting("Logging:LogLevel:Microsoft", "Trace");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Trace");
            builder.UseSetting("Logging:LogLevel:System", "Trace");
        }

        builder.ConfigureLogging(logging =>
        {
            if (TraceLogging)
            {
                logging.SetMinimumLevel(LogLevel.Trace);
            }

            logging.AddProvider(Logs);
        });
        builder.ConfigureTestServices(ConfigureTestServices);
    }

    /// <summary>Replaces services for a derived factory; runs after the site's own registrations.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _sandboxClient?.Dispose();
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a run for.
        }

        GC.SuppressFinalize(this);
    }
}
