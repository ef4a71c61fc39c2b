using System.Diagnostics;
using System.Globalization;
using System.Net;
using CleanSpotify.Benchmarks.Ceiling;
using CleanSpotify.Benchmarks.Hosting;
using CleanSpotify.Benchmarks.Load;
using CleanSpotify.Benchmarks.Reporting;
using CleanSpotify.Benchmarks.Seeding;
using CleanSpotify.Benchmarks.Sessions;
using CleanSpotify.SpotifySandbox;
using CleanSpotify.Tests.Shared;

namespace CleanSpotify.Benchmarks.Scenarios;

/// <summary>
/// One whole run. The sandbox runs here, in the harness; the site and the ceiling each run as a separate Release
/// process on loopback, one at a time. For each step of the scale series the linked users are topped up, the
/// ceiling and the site are measured, and the first step also runs every other scenario.
/// </summary>
internal sealed class BenchmarkRun(BenchmarkOptions options, RepositoryLayout layout, TextWriter console)
{
    /// <summary>Users whose pages are cold, besides the <see cref="BenchmarkOptions.Connections"/> cached-page users.</summary>
    private const int ColdUsers = 128;

    private const int UnlinkedUsers = 16;

    private const int LinkConcurrency = 8;

    private const int WarmupViewsPerUser = 4;

    private readonly List<ScenarioResult> _results = [];
    private readonly List<string> _setup = [];
    private readonly List<long> _sitePeaks = [];
    private readonly List<string> _economyMisses = [];

    public async Task<BenchmarkReport> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        var loadBefore = MachineInfo.LoadAverage();
        var (targets, ratios) = options.Runs(BenchmarkOptions.PagesScenario) ? await RunPagesAsync(cancellationToken) : ([], []);
        if (options.Runs(HistoryAtScaleScenario.Name))
        {
            var history = await new HistoryAtScaleScenario(options, StartSiteAsync, Log).RunAsync(cancellationToken);
            _setup.AddRange(history.Setup);
            targets.AddRange(history.Targets);
            foreach (var result in history.Results)
            {
                Record(result);
            }
        }

        return new BenchmarkReport(
            MachineInfo.Read(), startedAt, Stopwatch.GetElapsedTime(started), GitCommit(), loadBefore, MachineInfo.LoadAverage(), options, _results, targets, _setup, ratios);
    }

    /// <summary>The top-list pages at each step of the scale series, sign-in, the link flow; their targets and key ratios.</summary>
    private async Task<(List<TargetCheck> Targets, List<string> KeyRatios)> RunPagesAsync(CancellationToken cancellationToken)
    {
        if (options.UserCounts[0] < options.Connections + ColdUsers)
        {
            throw new ArgumentException($"The first --users count must be at least {options.Connections + ColdUsers} (cached-page and cold-page users).");
        }

        using var workspace = Workspace.Create();
        Log($"logs of the site and the ceiling: {workspace.Logs}");
        var sandboxOptions = new SandboxOptions();
        await using var sandbox = await SandboxHost.StartAsync(sandboxOptions, cancellationToken: cancellationToken);
        sandbox.State.Faults.Latency(options.SpotifyLatency, null);
        var port = FreeTcpPort.Pick();
        var configuration = SiteConfiguration.For(workspace, sandbox, sandboxOptions, port);
        await using var seeder = await UserSeeder.StartAsync(configuration, workspace, sandbox.State, cancellationToken);
        var fixturePath = Path.Combine(workspace.Root, "ceiling.json");
        (await CeilingFixture.FromSandboxAsync(sandbox, UserSeeder.Template, SiteConfiguration.Scopes, cancellationToken)).Write(fixturePath);
        await seeder.SeedUnlinkedAsync(UnlinkedUsers, cancellationToken);

        var siteAddress = new Uri($"http://127.0.0.1:{port}/");
        var cachedSessions = Sessions(siteAddress, 0, options.Connections, UserSeeder.LinkedEmail);
        var coldSessions = Sessions(siteAddress, options.Connections, ColdUsers, UserSeeder.LinkedEmail);
        var unlinkedSessions = Sessions(siteAddress, 0, UnlinkedUsers, UserSeeder.UnlinkedEmail);
        try
        {
            var cached = new List<ScenarioResult>();
            for (var step = 0; step < options.UserCounts.Count; step++)
            {
                var users = options.UserCounts[step];
                var seeding = await seeder.SeedLinkedAsync(users, cancellationToken);
                Log($"{users:N0} linked users seeded ({seeding.TotalSeconds:0.0} s for this step)");
                _setup.Add(Invariant($"Seeding up to {users:N0} linked users took {seeding.TotalSeconds:0.0} s (batches of 2 000 through the site's DbContext)"));

                var ceiling = await MeasureCeilingAsync(workspace, fixturePath, users, cancellationToken);
                await using var site = await StartSiteAsync(configuration, siteAddress, workspace, cancellationToken);
                _setup.Add(Invariant($"The site started in {site.Startup.TotalSeconds:0.0} s with {users:N0} linked users"));
                if (step == 0)
                {
                    await SignInAsync(site, sandbox.State, users, [.. cachedSessions, .. coldSessions, .. unlinkedSessions], cancellationToken);
                }

                cached.Add(await CachedPageAsync(site, sandbox.State, users, cachedSessions, ceiling, cancellationToken));
                if (step == 0)
                {
                    await ColdPagesAsync(site, sandbox.State, users, coldSessions, cancellationToken);
                    await RefreshStormAsync(site, sandbox.State, users, cachedSessions, cancellationToken);
                    await UnlinkedPagesAsync(site, sandbox.State, users, unlinkedSessions, cancellationToken);
                    await LinkFlowsAsync(site, sandbox, users, cancellationToken);
                }

                _sitePeaks.Add(site.PeakResidentBytes);
            }

            return (Targets(cached, SandboxCounters.Read(sandbox.State)), KeyRatios(cached));
        }
        finally
        {
            foreach (var session in cachedSessions.Concat(coldSessions).Concat(unlinkedSessions))
            {
                session.Dispose();
            }
        }
    }

    private async Task<ScenarioResult> MeasureCeilingAsync(Workspace workspace, string fixturePath, int users, CancellationToken cancellationToken)
    {
        var port = FreeTcpPort.Pick();
        string[] command = [.. SelfCommand(), "ceiling", fixturePath, layout.WebContentRoot, "--urls", $"http://127.0.0.1:{port}"];
        await using var ceiling = await ServerProcess.StartAsync(
            command, layout.Root, new Dictionary<string, string?>(), port, CeilingHost.ReadyPath, workspace.Log("ceiling"), cancellationToken);
        var sessions = Sessions(ceiling.BaseAddress, 0, options.Connections, index => $"ceiling{index}");
        try
        {
            Log("ceiling: the top-tracks view from memory");
            var result = await MeasureAsync(ceiling, null, () => LoadGenerator.RunForAsync(
                options.Connections,
                options.Warmup,
                options.Duration,
                (worker, _, token) => LoadGenerator.GetAsync(sessions[worker].Client, "/top/tracks", HttpStatusCode.OK, token),
                cancellationToken));
            return Record(new ScenarioResult(
                "Ceiling: top-tracks view from memory", users, options.Connections, result.Load, 0, 0, result.PeakMemory,
                Invariant($"{await PageBytesAsync(sessions[0].Client, "/top/tracks", cancellationToken):N0} bytes a page")));
        }
        finally
        {
            foreach (var session in sessions)
            {
                session.Dispose();
            }
        }
    }

    private async Task<ServerProcess> StartSiteAsync(
        IReadOnlyDictionary<string, string?> configuration, Uri address, Workspace workspace, CancellationToken cancellationToken)
    {
        string[] command = [Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", layout.WebAssembly, "--urls", address.GetLeftPart(UriPartial.Authority)];
        var environment = configuration.ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value);
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["DOTNET_ENVIRONMENT"] = "Production";
        return await ServerProcess.StartAsync(command, layout.WebContentRoot, environment, address.Port, "/health/ready", workspace.Log("site"), cancellationToken);
    }

    private async Task SignInAsync(ServerProcess site, SandboxState sandbox, int users, UserSession[] sessions, CancellationToken cancellationToken)
    {
        Log($"signing in {sessions.Length} users through the login form");
        var result = await MeasureAsync(site, sandbox, () => LoadGenerator.RunCountAsync(
            Environment.ProcessorCount,
            sessions.Length,
            (index, token) => AccountForms.SignInAsync(sessions[index], UserSeeder.Password, token),
            cancellationToken));
        Record(result.ToScenario("Sign-in form (Identity password check)", users, Environment.ProcessorCount, "GET the form, POST it"));
        if (result.Load.Failures > 0)
        {
            throw new InvalidOperationException($"{result.Load.Failures} sign-ins failed; see the site's log.");
        }
    }

    private async Task<ScenarioResult> CachedPageAsync(
        ServerProcess site, SandboxState sandbox, int users, UserSession[] sessions, ScenarioResult ceiling, CancellationToken cancellationToken)
    {
        Log($"cached top-tracks page, {users:N0} linked users");
        var beforeWarmup = SandboxCounters.Read(sandbox);
        var warmups = await Task.WhenAll(sessions.SelectMany(session => Enumerable.Range(0, WarmupViewsPerUser)
            .Select(_ => LoadGenerator.GetAsync(session.Client, Paths.CachedPage, HttpStatusCode.OK, cancellationToken))));
        var warmupCalls = SandboxCounters.Read(sandbox).Since(beforeWarmup).ApiCalls;
        var result = await MeasureAsync(site, sandbox, () => LoadGenerator.RunForAsync(
            options.Connections,
            options.Warmup,
            options.Duration,
            (worker, _, token) => LoadGenerator.GetAsync(sessions[worker].Client, Paths.CachedPage, HttpStatusCode.OK, token),
            cancellationToken));
        var ratio = result.Load.Throughput / ceiling.Load.Throughput;
        var pageBytes = await PageBytesAsync(sessions[0].Client, Paths.CachedPage, cancellationToken);
        if (warmups.Any(ok => !ok) || warmupCalls != sessions.Length)
        {
            _economyMisses.Add(Invariant($"at {users:N0} users the first {warmups.Length} views ({warmups.Count(ok => !ok)} failed) cost {warmupCalls} Spotify calls for {sessions.Length} user/range/page"));
        }

        return Record(result.ToScenario(
            "Cached top-tracks page",
            users,
            options.Connections,
            Invariant($"{ratio:0.00} × ceiling; the {warmups.Length} views before it ({WarmupViewsPerUser} at once per user) cost {warmupCalls} Spotify calls; {pageBytes:N0} bytes a page")));
    }

    private async Task ColdPagesAsync(ServerProcess site, SandboxState sandbox, int users, UserSession[] sessions, CancellationToken cancellationToken)
    {
        Log("cold pages: every request a page nobody has opened");
        var result = await GetEachPageOnceAsync(site, sandbox, sessions, Paths.ColdPages, options.ColdConnections, cancellationToken);
        var overhead = result.Load.Latency.P50Ms - options.SpotifyLatency.TotalMilliseconds;
        Record(result.ToScenario(
            "Cold top-tracks page (Spotify latency included)",
            users,
            options.ColdConnections,
            Invariant($"app overhead p50 {overhead:0.0} ms (p50 − {options.SpotifyLatency.TotalMilliseconds:0} ms); {result.Load.Latency.Count} distinct user/range/page")));
    }

    private async Task RefreshStormAsync(ServerProcess site, SandboxState sandbox, int users, UserSession[] sessions, CancellationToken cancellationToken)
    {
        Log("refresh storm: every access token expired at once");
        sandbox.Faults.ExpireAccessTokens(null);
        var atOnce = sessions.Length * Paths.StormPages.Length;
        var result = await GetEachPageOnceAsync(site, sandbox, sessions, Paths.StormPages, atOnce, cancellationToken);
        Record(result.ToScenario(
            "Refresh storm (all access tokens expired)",
            users,
            atOnce,
            Invariant($"{sessions.Length} users × {Paths.StormPages.Length} cold pages at once; {result.Counters.RefreshRequests} refresh requests")));
    }

    private async Task UnlinkedPagesAsync(ServerProcess site, SandboxState sandbox, int users, UserSession[] sessions, CancellationToken cancellationToken)
    {
        Log("unlinked users' pages");
        var result = await MeasureAsync(site, sandbox, () => LoadGenerator.RunForAsync(
            sessions.Length,
            options.Warmup,
            options.Duration,
            (worker, iteration, token) => LoadGenerator.GetAsync(
                sessions[worker].Client, Paths.UnlinkedPages[iteration % Paths.UnlinkedPages.Length], HttpStatusCode.OK, token),
            cancellationToken));
        Record(result.ToScenario("Unlinked user: home and link page", users, sessions.Length, "signed in, no Spotify link"));
    }

    private async Task LinkFlowsAsync(ServerProcess site, SandboxHost sandbox, int users, CancellationToken cancellationToken)
    {
        Log($"link flow end to end, {options.LinkFlows} new users");
        var listeners = Enumerable.Range(0, options.LinkFlows)
            .Select(index => sandbox.State.AddListener(string.Create(CultureInfo.InvariantCulture, $"link-{index:D4}"), UserSeeder.Template).Key)
            .ToArray();
        using var consent = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var result = await MeasureAsync(site, sandbox.State, () => LoadGenerator.RunCountAsync(
            LinkConcurrency,
            listeners.Length,
            async (index, token) =>
            {
                using var session = new UserSession(site.BaseAddress, string.Create(CultureInfo.InvariantCulture, $"link{index:D4}@bench.test"));
                return await LinkFlow.RunAsync(session, consent, listeners[index], token);
            },
            cancellationToken));
        Record(result.ToScenario(
            "Link flow: sign-up → link → consent → callback",
            users,
            LinkConcurrency,
            Invariant($"one row a flow; {result.Counters.CodeExchanges} code exchanges")));
    }

    private List<TargetCheck> Targets(List<ScenarioResult> cached, SandboxCounters totals)
    {
        var first = cached[0];
        var ceiling = _results.First(r => r.Name.StartsWith("Ceiling", StringComparison.Ordinal) && r.SeededUsers == first.SeededUsers);
        var ratio = first.Load.Throughput / ceiling.Load.Throughput;
        var cold = _results.Single(r => r.Name.StartsWith("Cold", StringComparison.Ordinal));
        var overhead = cold.Load.Latency.P50Ms - options.SpotifyLatency.TotalMilliseconds;
        var storm = _results.Single(r => r.Name.StartsWith("Refresh storm", StringComparison.Ordinal));
        var peak = _sitePeaks.Max();
        var checks = new List<TargetCheck>
        {
            new(Invariant($"Cached page ≥ 0.7 × ceiling throughput ({first.SeededUsers:N0} users)"), Invariant($"{first.Load.Throughput:N0}/s vs {ceiling.Load.Throughput:N0}/s = {ratio:0.00}"), ratio >= 0.7),
            new(Invariant($"Cached page p99 < 25 ms at {options.Connections} connections"), Invariant($"p99 {first.Load.Latency.P99Ms:0.0} ms"), first.Load.Latency.P99Ms < 25),
            new(
                "Cached page: one Spotify call per user, range and page per cache period, however many views",
                _economyMisses.Count == 0
                    ? Invariant($"one call per user for the first {WarmupViewsPerUser} concurrent views, then {cached.Sum(c => c.SpotifyCalls)} for {cached.Sum(c => c.Load.Latency.Count):N0} timed views")
                    : string.Join("; ", _economyMisses),
                _economyMisses.Count == 0 && cached.All(c => c.SpotifyCalls == 0)),
            new("Cold page: one Spotify call per page view", Invariant($"{cold.SpotifyCalls} calls for {cold.Load.Latency.Count} views"), cold.SpotifyCalls == cold.Load.Latency.Count),
            new("Cold page: app overhead (latency − Spotify latency) < 5 ms at the median", Invariant($"{overhead:0.0} ms"), overhead < 5),
            new("Refresh storm: exactly one token request per user", Invariant($"{storm.TokenRequests} token requests for {options.Connections} users, {storm.Load.Failures} failed pages"), storm.TokenRequests == options.Connections && storm.Load.Failures == 0),
            new("At most one refresh per user per access-token lifetime over the whole run", Invariant($"{totals.RefreshRequests} refreshes in all, all in the storm"), totals.RefreshRequests == storm.TokenRequests),
            new("Peak memory of the site < 300 MB", Invariant($"{peak / (1024.0 * 1024):0} MB (VmHWM, highest of {_sitePeaks.Count} site processes)"), peak < 300L * 1024 * 1024),
        };
        if (cached.Count > 1)
        {
            var last = cached[^1];
            var scale = last.Load.Latency.P50Ms / first.Load.Latency.P50Ms;
            checks.Add(new(
                Invariant($"Cached-page latency at {last.SeededUsers:N0} users ≤ 1.2 × at {first.SeededUsers:N0}"),
                Invariant($"p50 {last.Load.Latency.P50Ms:0.0} vs {first.Load.Latency.P50Ms:0.0} ms = {scale:0.00} (p99 {last.Load.Latency.P99Ms / first.Load.Latency.P99Ms:0.00})"),
                scale <= 1.2));
        }

        return checks;
    }

    private List<string> KeyRatios(List<ScenarioResult> cached)
    {
        var ratios = cached.Select(c =>
        {
            var ceiling = _results.First(r => r.Name.StartsWith("Ceiling", StringComparison.Ordinal) && r.SeededUsers == c.SeededUsers);
            return Invariant($"Cached page / ceiling at {c.SeededUsers:N0} users: {c.Load.Throughput / ceiling.Load.Throughput:0.00} ({c.Load.Throughput:N0}/s vs {ceiling.Load.Throughput:N0}/s), p99 {c.Load.Latency.P99Ms:0.0} ms");
        }).ToList();
        var cold = _results.Single(r => r.Name.StartsWith("Cold", StringComparison.Ordinal));
        ratios.Add(Invariant($"Cold page overhead at the median: {cold.Load.Latency.P50Ms - options.SpotifyLatency.TotalMilliseconds:0.0} ms over {options.SpotifyLatency.TotalMilliseconds:0} ms of Spotify latency"));
        if (cached.Count > 1)
        {
            ratios.Add(Invariant($"Cached p50 at {cached[^1].SeededUsers:N0} / at {cached[0].SeededUsers:N0} users: {cached[^1].Load.Latency.P50Ms / cached[0].Load.Latency.P50Ms:0.00}"));
        }

        var storm = _results.Single(r => r.Name.StartsWith("Refresh storm", StringComparison.Ordinal));
        ratios.Add(Invariant($"Token requests per user in the refresh storm: {(double)storm.TokenRequests / options.Connections:0.00}"));
        ratios.Add(Invariant($"Peak site memory: {_sitePeaks.Max() / (1024.0 * 1024):0} MB"));
        return ratios;
    }

    /// <summary>Every page of <paramref name="paths"/> for every session once, <paramref name="workers"/> at a time; each must answer 200.</summary>
    private static Task<MeasuredLoad> GetEachPageOnceAsync(
        ServerProcess site, SandboxState sandbox, UserSession[] sessions, string[] paths, int workers, CancellationToken cancellationToken)
    {
        var requests = paths.SelectMany(path => sessions.Select(session => (session, path))).ToArray();
        return MeasureAsync(site, sandbox, () => LoadGenerator.RunCountAsync(
            workers,
            requests.Length,
            (index, token) => LoadGenerator.GetAsync(requests[index].session.Client, requests[index].path, HttpStatusCode.OK, token),
            cancellationToken));
    }

    private static async Task<MeasuredLoad> MeasureAsync(ServerProcess server, SandboxState? sandbox, Func<Task<LoadResult>> load)
    {
        var before = sandbox is null ? default : SandboxCounters.Read(sandbox);
        LoadResult result;
        long peak;
        await using (var memory = server.WatchMemory())
        {
            result = await load();
            peak = memory.PeakBytes;
        }

        return new MeasuredLoad(result, sandbox is null ? default : SandboxCounters.Read(sandbox).Since(before), peak);
    }

    /// <summary>The size of one answer, whatever its status, to show that the ceiling and the site render pages alike.</summary>
    private static async Task<long> PageBytesAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        return (await response.Content.ReadAsByteArrayAsync(cancellationToken)).LongLength;
    }

    private static UserSession[] Sessions(Uri address, int first, int count, Func<int, string> email) =>
        Enumerable.Range(first, count).Select(index => new UserSession(address, email(index))).ToArray();

    /// <summary>How to start this program again: its app host, or <c>dotnet</c> and its assembly.</summary>
    private static string[] SelfCommand()
    {
        var self = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(self) == "dotnet" ? [self, typeof(BenchmarkRun).Assembly.Location] : [self];
    }

    private string GitCommit()
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = layout.Root, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in (string[])["describe", "--always", "--dirty", "--abbrev=12"])
            {
                start.ArgumentList.Add(argument);
            }

            using var git = Process.Start(start)!;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (git not found)";
        }
    }

    private ScenarioResult Record(ScenarioResult result)
    {
        _results.Add(result);
        var latency = result.Load.Latency;
        Log(Invariant($"  {result.Name}: {result.Load.Throughput:N0}/s, p50 {latency.P50Ms:0.0} ms, p99 {latency.P99Ms:0.0} ms, {result.Load.Failures} failed, {result.SpotifyCalls} Spotify calls, {result.TokenRequests} token requests, peak {result.PeakMemoryBytes / (1024 * 1024)} MB"));
        return result;
    }

    private void Log(string line) => console.WriteLine(Invariant($"[{DateTime.Now:HH:mm:ss}] {line}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A load run with what it cost at the sandbox and the server's peak memory meanwhile.</summary>
    private sealed record MeasuredLoad(LoadResult Load, SandboxCounters Counters, long PeakMemory)
    {
        public ScenarioResult ToScenario(string name, int users, int connections, string notes) =>
            new(name, users, connections, Load, Counters.ApiCalls, Counters.TokenRequests, PeakMemory, notes);
    }
}
