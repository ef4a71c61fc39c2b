using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CleanSpotify.SpotifySandbox;
using CleanSpotify.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using PlayTotalsMigration = CleanSpotify.Infrastructure.Persistence.Sqlite.Migrations.PlayTotals;

namespace CleanSpotify.E2E.Tests.Support;

/// <summary>
/// Shared by every browser test of a run: the Spotify sandbox on a loopback port, the site on Kestrel at
/// <c>http://127.0.0.1:&lt;free port&gt;</c> pointed at it, and one headless Debian Chromium driven by Playwright.
/// Each person in a test gets a browser context of their own (<see cref="NewVisitorAsync"/>).
/// </summary>
public class BrowserSiteFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium: Playwright's own browser download does not work here (toolchain G13).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Where the PNGs go unless <c>CLEANSPOTIFY_SCREENSHOTS</c> says otherwise.</summary>
    public const string ScreenshotsVariable = "CLEANSPOTIFY_SCREENSHOTS";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cleanspotify-e2e-tests", Guid.NewGuid().ToString("N"));
    private readonly ConcurrentDictionary<string, bool> _checkedPages = new(StringComparer.Ordinal);
    private SandboxHost? _sandbox;
    private KestrelSiteFactory? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HttpClient? _sandboxClient;

    /// <summary>Settings the site runs with on top of the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string> SiteSettings { get; } = new Dictionary<string, string>();

    public SandboxHost Sandbox => _sandbox ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>The site's origin with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string ScreenshotDirectory { get; } = Environment.GetEnvironmentVariable(ScreenshotsVariable) is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("InitializeAsync has not run.");

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_root);
        Directory.CreateDirectory(ScreenshotDirectory);
        _sandbox = await SandboxHost.StartAsync(new SandboxOptions(), TimeProvider.System, 0, cancellationToken);
#pragma warning disable CA2000 // The client owns the handler and is disposed with the fixture.
        _sandboxClient = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
#pragma warning restore CA2000

        var port = FreeTcpPort.Pick();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _site = new KestrelSiteFactory(BaseAddress, _sandbox, _root, SiteSettings);
        _site.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        _site.StartServer();
        if (_site.ClientOptions.BaseAddress.Port != port)
        {
            throw new InvalidOperationException($"The site listens on {_site.ClientOptions.BaseAddress}, not on port {port}.");
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing. Install Debian's Chromium (`apt-get install -y chromium`; .ci/test does this).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A new person: a fresh browser context (own cookies) with one page at desktop width.</summary>
    public async Task<SiteVisitor> NewVisitorAsync(PageAudit audit)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.AbsoluteUri,
            ViewportSize = Viewports.Desktop,
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(15_000);
        var page = await context.NewPageAsync();
        return new SiteVisitor(this, context, page, audit);
    }

    /// <summary>True the first time <paramref name="pageName"/> is asked for: each page is checked and photographed once per run.</summary>
    public bool ClaimPageCheck(string pageName) => _checkedPages.TryAdd(pageName, true);

    /// <summary>
    /// The names of <paramref name="listener"/>'s top tracks as the sandbox's own API returns them (first 50 of
    /// <paramref name="range"/>), read with the last access token the site used for that listener.
    /// </summary>
    public async Task<IReadOnlyList<string>> SandboxTopTrackNamesAsync(Listener listener, string range)
    {
        ArgumentNullException.ThrowIfNull(listener);
        var token = Sandbox.State.ApiCalls.Last(c => c.ListenerKey == listener.Key && c.StatusCode == 200 && c.AccessToken is not null).AccessToken!;
        using var json = await SandboxGetAsync(token, $"/me/top/tracks?time_range={range}&limit=50&offset=0");
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();
    }

    /// <summary>
    /// Stores the last 50 plays of a new sandbox listener with <paramref name="template"/>'s listening, as the
    /// sandbox's recently-played list gives them, in the site's database for the account <paramref name="email"/>, as
    /// the background collector would (track length as an estimated time played), then rebuilds the play totals from
    /// the stored plays as the migration that added them does (the collector keeps them the same, which the functional
    /// tests check); returns the track names, newest first.
    /// </summary>
    public async Task<IReadOnlyList<string>> StoreSandboxRecentPlaysAsync(Listener template, string email)
    {
        ArgumentNullException.ThrowIfNull(template);
        var cancellationToken = TestContext.Current.CancellationToken;
        var listener = Sandbox.State.AddListener($"{template.Key}-{Guid.NewGuid():N}", template.Key);
        var token = Sandbox.State.IssueTokens(listener.Key, ["user-read-recently-played"]).AccessToken;
        using var json = await SandboxGetAsync(token, "/me/player/recently-played?limit=50");
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToArray();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_root, "app.db")};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var user = connection.CreateCommand();
        user.CommandText = "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = $email";
        user.Parameters.AddWithValue("$email", email.ToUpperInvariant());
        var userId = (string)(await user.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException($"No user {email}."));
        foreach (var item in items)
        {
            var track = item.GetProperty("track");
            var album = track.GetProperty("album");
            await using var insert = connection.CreateCommand();
            insert.CommandText =
                "INSERT INTO \"Plays\" (\"AppUserId\", \"PlayedAt\", \"TrackId\", \"TrackName\", \"ArtistNames\", \"ArtistIds\", \"AlbumName\", " +
                "\"ImageUrl\", \"MsPlayed\", \"MsPlayedEstimated\", \"Source\") " +
                "VALUES ($user, $at, $id, $name, $artists, '[]', $album, $image, $ms, 1, 'Recent')";
            insert.Parameters.AddWithValue("$user", userId);
            insert.Parameters.AddWithValue("$at", item.GetProperty("played_at").GetDateTimeOffset().ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$id", track.GetProperty("id").GetString());
            insert.Parameters.AddWithValue("$name", track.GetProperty("name").GetString());
            insert.Parameters.AddWithValue("$artists", JsonSerializer.Serialize(track.GetProperty("artists").EnumerateArray().Select(a => a.GetProperty("name").GetString())));
            insert.Parameters.AddWithValue("$album", album.GetProperty("name").GetString());
            insert.Parameters.AddWithValue("$image", album.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("url").GetString()).FirstOrDefault());
            insert.Parameters.AddWithValue("$ms", track.GetProperty("duration_ms").GetInt32());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            await using var totals = connection.CreateCommand();
            totals.Transaction = transaction;
            totals.CommandText = "DELETE FROM \"PlayTotals\"; " + PlayTotalsMigration.Backfill;
            await totals.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return items.Select(i => i.GetProperty("track").GetProperty("name").GetString()!).ToArray();
    }

    /// <summary>A GET on the sandbox's Web API with <paramref name="token"/>.</summary>
    private async Task<JsonDocument> SandboxGetAsync(string token, string pathAndQuery)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var apiBase = Sandbox.ApiBaseUrl.ToString().TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(apiBase + pathAndQuery));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _sandboxClient!.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        _sandboxClient?.Dispose();
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a run for.
        }
    }
}
