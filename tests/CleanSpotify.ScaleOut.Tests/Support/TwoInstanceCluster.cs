using CleanSpotify.SpotifySandbox;
using CleanSpotify.Tests.Shared;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.ScaleOut.Tests.Support;

/// <summary>
/// Two instances of the site (A and B) on separate loopback ports, sharing one fresh PostgreSQL database, the Redis
/// server and a Spotify sandbox, all on one fake clock so that tokens can be made to expire on every side at once.
/// </summary>
internal sealed class TwoInstanceCluster : IAsyncDisposable
{
    private readonly string _database;
    private bool _aStopped;
    private readonly HttpClient _sandboxClient = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

    private TwoInstanceCluster(FakeTimeProvider clock, SandboxHost sandbox, string database)
    {
        Clock = clock;
        Sandbox = sandbox;
        _database = database;
    }

    public FakeTimeProvider Clock { get; }

    public SandboxHost Sandbox { get; }

    public AppInstance A { get; private set; } = null!;

    /// <summary>The shared database, for looking at it behind the instances' backs.</summary>
    public string ConnectionString => TestServers.PostgresConnectionString(_database);

    public AppInstance B { get; private set; } = null!;

    /// <summary>
    /// Starts the sandbox on the fake clock and both instances on it too, unless <paramref name="sitesOnRealTime"/>: then
    /// the instances keep real time (Quartz fires on the app's clock) while the test moves the sandbox's plays on.
    /// </summary>
    public static async Task<TwoInstanceCluster> StartAsync(
        RefreshTokenMode refreshTokenMode = RefreshTokenMode.NoRotation, IReadOnlyDictionary<string, string>? settings = null, bool sitesOnRealTime = false)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sandbox = await SandboxHost.StartAsync(
            new SandboxOptions { RefreshTokenMode = refreshTokenMode }, clock, port: 0, TestContext.Current.CancellationToken);
        var cluster = new TwoInstanceCluster(clock, sandbox, TestServers.NewPostgresDatabaseName());
        try
        {
            var connectionString = TestServers.PostgresConnectionString(cluster._database);

            // A creates and migrates the database; B then starts on it, as a second instance joins a deployment.
            var siteClock = sitesOnRealTime ? TimeProvider.System : clock;
            cluster.A = AppInstance.Start(sandbox, connectionString, new Uri("http://127.0.0.1/spotify/callback"), siteClock, settings);
            cluster.B = AppInstance.Start(sandbox, connectionString, new Uri("http://127.0.0.1/spotify/callback"), siteClock, settings);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>Answers Spotify's consent page as <paramref name="listenerKey"/>; returns Spotify's redirect back (path and query).</summary>
    public async Task<string> ConsentAsync(Uri authorizeUri, string listenerKey)
    {
        var back = await SiteForms.ConsentAsync(_sandboxClient, authorizeUri, listenerKey, "agree", TestContext.Current.CancellationToken);
        back.Should().NotBeNull("the sandbox should answer its consent page with a redirect back to the site");
        return back!.PathAndQuery;
    }

    /// <summary>Signs up on <paramref name="signUpOn"/>, starts linking there and lands Spotify's callback on <paramref name="callbackOn"/>.</summary>
    public async Task<HttpResponseMessage> SignUpAndLinkAsync(Browser browser, string listenerKey, AppInstance signUpOn, AppInstance callbackOn)
    {
        ArgumentNullException.ThrowIfNull(browser);
        await browser.RegisterAsync(signUpOn, $"{listenerKey}-{Guid.NewGuid():N}@example.test");
        var callback = await ConsentAsync(await browser.BeginLinkAsync(signUpOn), listenerKey);
        return await browser.GetAsync(callbackOn, callback);
    }

    public int SpotifyCalls(string listenerKey, string pathEnd) =>
        Sandbox.State.ApiCalls.Count(c => c.ListenerKey == listenerKey && c.Path.EndsWith(pathEnd, StringComparison.Ordinal));

    /// <summary>Stops instance A while B keeps running, as a node leaving the cluster.</summary>
    public async Task StopAAsync()
    {
        await A.DisposeAsync();
        _aStopped = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (A is not null && !_aStopped)
        {
            await A.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }

        await Sandbox.DisposeAsync();
        _sandboxClient.Dispose();
        await TestServers.DropPostgresDatabaseAsync(_database);
    }
}
