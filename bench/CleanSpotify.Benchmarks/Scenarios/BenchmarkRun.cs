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

    /// <summary>The start of both cold-page rows' names: at saturation, and in the open loop ("… at N/s").</summary>
    private const string ColdName = "Cold top-tracks page";

    private const string ColdSaturatedName = ColdName + ", saturated (Spotify latency included)";

    private const int UnlinkedUsers = 16;

    private const int LinkConcurrency = 8;

    private const int WarmupViewsPerUser = 4;

    private readonly List<ScenarioResult> _results = [];
    private readonly List<string> _setup = [];
    private readonly List<long> _sitePeaks = [];
    private readonly List<string> _economyMisses = [];
    private readonly List<SteadyMeasure> _ceilings = [];

    public async Task<BenchmarkReport> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        var loadBefore = MachineInfo.LoadAverage();
        var gc = SiteRuntimeSettings.GcSettings(await File.ReadAllTextAsync(layout.WebRuntimeConfig, cancellationToken));
        _setup.Add("The site's GC settings (its runtimeconfig.json): " + (gc.Count > 0 ? string.Join(", ", gc) : "the runtime's defaults"));
        var outcomes = new List<ScenarioOutcome>();
        if (options.Runs("pages"))
        {
            outcomes.Add(await RunPagesAsync(cancellationToken));
        }

        if (options.Runs(HistoryAtScaleScenario.Name))
        {
            outcomes.Add(await new HistoryAtScaleScenario(options, layout, Log).RunAsync(cancellationToken));
        }

        if (options.Runs("import"))
        {
            outcomes.Add(await new ImportScenario(options, layout, Log).RunAsync(cancellationToken));
        }

        if (options.Runs("collector"))
        {
            outcomes.Add(await new CollectorScenario(options, layout, Log).RunAsync(cancellationToken));
        }

        return new BenchmarkReport(
            MachineInfo.Read(),
            startedAt,
            Stopwatch.GetElapsedTime(started),
            GitCommit(),
            loadBefore,
            MachineInfo.LoadAverage(),
            options,
            [.. _results, .. outcomes.SelectMany(outcome => outcome.Results)],
            [.. outcomes.SelectMany(outcome => outcome.Targets)],
            [.. _setup, .. outcomes.SelectMany(outcome => outcome.Setup)],
            [.. outcomes.SelectMany(outcome => outcome.KeyRatios)]);
    }

    /// <summary>The scale series of the pages: ceiling, cached and cold pages, refresh storm, unlinked pages, link flows.</summary>
    private async Task<ScenarioOutcome> RunPagesAsync(CancellationToken cancellationToken)
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
            var cached = new List<SteadyMeasure>();
            for (var step = 0; step < options.UserCounts.Count; step++)
            {
                var users = options.UserCounts[step];
                var seeding = await seeder.SeedLinkedAsync(users, cancellationToken);
                Log($"{users:N0} linked users seeded ({seeding.TotalSeconds:0.0} s for this step)");
                _setup.Add(Invariant($"Seeding up to {users:N0} linked users took {seeding.TotalSeconds:0.0} s (batches of 2 000 through the site's DbContext)"));

                var ceiling = await MeasureCeilingAsync(workspace, fixturePath, users, cancellationToken);
                await using var site = await SiteProcess.StartAsync(layout, configuration, siteAddress, workspace.Log("site"), cancellationToken);
                _setup.Add(Invariant($"The site started in {site.Startup.TotalSeconds:0.0} s with {users:N0} linked users"));
                if (step == 0)
                {
                    await SignInAsync(site, sandbox.State, users, [.. cachedSessions, .. coldSessions, .. unlinkedSessions], cancellationToken);
                }

                cached.Add(await CachedPageAsync(site, sandbox.State, users, cachedSessions, ceiling, step == 0 ? ceiling.Rate : cached[0].Rate, workspace, cancellationToken));
                if (step == 0)
                {
                    await ColdPagesAsync(site, sandbox.State, users, coldSessions, cancellationToken);
                    await RefreshStormAsync(site, sandbox.State, users, cachedSessions, cancellationToken);
                    await UnlinkedPagesAsync(site, sandbox.State, users, unlinkedSessions, cancellationToken);
                    await LinkFlowsAsync(site, sandbox, users, cancellationToken);
                }

                _sitePeaks.Add(site.PeakResidentBytes);
            }

            var totals = SandboxCounters.Read(sandbox.State);
            _setup.Add(Invariant($"Load: wrk (1 thread, {options.Connections} connections) at saturation after warming up in {options.WarmupWindow.TotalSeconds:0} s windows until 3 in a row lie within 5 % of their mean (at most {options.WarmupWindows}); h2load ({options.RateWorkers} clients, one thread) at a fixed rate of half the ceiling's saturated throughput (the cached page at every step at half the first step's ceiling); cold pages half at saturation ({options.ColdConnections} connections), half in an open loop at half that rate; CPU ms per page = the server's CPU time (user + kernel) over the pages it served"));
            return new ScenarioOutcome([], Targets(cached, totals), [], KeyRatios(cached));
        }
        finally
        {
            foreach (var session in cachedSessions.Concat(coldSessions).Concat(unlinkedSessions))
            {
                session.Dispose();
            }
        }
    }

    private async Task<SteadyMeasure> MeasureCeilingAsync(Workspace workspace, string fixturePath, int users, CancellationToken cancellationToken)
    {
        var port = FreeTcpPort.Pick();
        string[] command = [.. SelfCommand(), "ceiling", fixturePath, layout.WebContentRoot, "--urls", $"http://127.0.0.1:{port}"];
        await using var ceiling = await ServerProcess.StartAsync(
            command, layout.Root, new Dictionary<string, string?>(), port, CeilingHost.ReadyPath, workspace.Log("ceiling"), cancellationToken);
        var sessions = Sessions(ceiling.BaseAddress, 0, options.Connections, index => $"ceiling{index}");
        try
        {
            Log("ceiling: the top-tracks view from memory");
            var bytes = await PageBytesAsync(sessions, "/top/tracks", cancellationToken);
            return await SteadyAsync(
                ceiling, null, "Ceiling: top-tracks view from memory", users, "/top/tracks", sessions, null, Invariant($"{bytes:N0} bytes a page"), workspace, cancellationToken);
        }
        finally
        {
            foreach (var session in sessions)
            {
                session.Dispose();
            }
        }
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

    /// <summary>
    /// The cached page at saturation and at <paramref name="rate"/>: half the first step's ceiling at every step, so
    /// the scale target compares latencies at one rate.
    /// </summary>
    private async Task<SteadyMeasure> CachedPageAsync(
        ServerProcess site, SandboxState sandbox, int users, UserSession[] sessions, SteadyMeasure ceiling, double rate, Workspace workspace, CancellationToken cancellationToken)
    {
        Log($"cached top-tracks page, {users:N0} linked users");
        var beforeWarmup = SandboxCounters.Read(sandbox);
        var warmups = await Task.WhenAll(sessions.SelectMany(session => Enumerable.Range(0, WarmupViewsPerUser)
            .Select(_ => LoadGenerator.GetAsync(session.Client, Paths.CachedPage, HttpStatusCode.OK, cancellationToken))));
        var warmupCalls = SandboxCounters.Read(sandbox).Since(beforeWarmup).ApiCalls;
        var pageBytes = await PageBytesAsync(sessions, Paths.CachedPage, cancellationToken);
        if (warmups.Any(ok => !ok) || warmupCalls != sessions.Length)
        {
            _economyMisses.Add(Invariant($"at {users:N0} users the first {warmups.Length} views ({warmups.Count(ok => !ok)} failed) cost {warmupCalls} Spotify calls for {sessions.Length} user/range/page"));
        }

        var measure = await SteadyAsync(
            site,
            sandbox,
            "Cached top-tracks page",
            users,
            Paths.CachedPage,
            sessions,
            rate,
            Invariant($"the {warmups.Length} views before it ({WarmupViewsPerUser} at once per user) cost {warmupCalls} Spotify calls; {pageBytes:N0} bytes a page"),
            workspace,
            cancellationToken);
        Log(Invariant($"  {measure.Saturated.Load.Throughput / ceiling.Saturated.Load.Throughput:0.00} × ceiling at saturation"));
        return measure;
    }

    /// <summary>
    /// Every request a page nobody has opened: the first half of the pages at saturation (<see
    /// cref="BenchmarkOptions.ColdConnections"/> closed loops) for the cold page's throughput, the second half in an
    /// open loop at half that rate for its latency, as the cached page is measured against its ceiling.
    /// </summary>
    private async Task ColdPagesAsync(ServerProcess site, SandboxState sandbox, int users, UserSession[] sessions, CancellationToken cancellationToken)
    {
        Log("cold pages: every request a page nobody has opened; half at saturation, half at half that rate");
        var requests = Paths.ColdPages.SelectMany(path => sessions.Select(session => (session, path))).ToArray();
        var half = requests.Length / 2;
        var spotify = options.SpotifyLatency.TotalMilliseconds;
        var saturated = await MeasureAsync(site, sandbox, () => LoadGenerator.RunCountAsync(
            options.ColdConnections,
            half,
            (index, token) => LoadGenerator.GetAsync(requests[index].session.Client, requests[index].path, HttpStatusCode.OK, token),
            cancellationToken));
        Record(saturated.ToScenario(
            ColdSaturatedName,
            users,
            options.ColdConnections,
            Invariant($"{saturated.Load.Latency.Count} distinct user/range/page; latency here is mostly queueing")));
        var rate = saturated.Load.Throughput / 2;
        var paced = await MeasureAsync(site, sandbox, () => LoadGenerator.RunAtRateAsync(
            requests.Length - half,
            rate,
            (index, token) => LoadGenerator.GetAsync(requests[half + index].session.Client, requests[half + index].path, HttpStatusCode.OK, token),
            cancellationToken));
        Record(paced.ToScenario(
            Invariant($"{ColdName} at {rate:N0}/s (Spotify latency included)"),
            users,
            0,
            Invariant($"open loop at half the saturated rate, {paced.Load.Throughput:N0}/s reached; app overhead p50 {paced.Load.Latency.P50Ms - spotify:0.0} ms, p99 {paced.Load.Latency.P99Ms - spotify:0.0} ms (latency − {spotify:0} ms); {paced.Load.Latency.Count} other distinct user/range/page")));
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

    /// <summary>The first scale step's cold pages in the open loop: what the cold-page targets read.</summary>
    private ScenarioResult ColdAtRate => _results.First(r => r.Name.StartsWith(ColdName + " at", StringComparison.Ordinal));

    private List<TargetCheck> Targets(List<SteadyMeasure> cached, SandboxCounters totals)
    {
        var first = cached[0];
        var ceiling = _ceilings.First(c => c.Users == first.Users);
        var ratio = first.Saturated.Load.Throughput / ceiling.Saturated.Load.Throughput;
        var cold = ColdAtRate;
        var colds = _results.Where(r => r.Name.StartsWith(ColdName, StringComparison.Ordinal)).ToArray();
        var spotify = options.SpotifyLatency.TotalMilliseconds;
        var storm = _results.Single(r => r.Name.StartsWith("Refresh storm", StringComparison.Ordinal));
        var pagePeak = cached.SelectMany(c => (ScenarioResult[])[c.Saturated, c.AtRate]).Concat(colds).Max(r => r.PeakMemoryBytes);
        var checks = new List<TargetCheck>
        {
            new(Invariant($"Cached top-tracks page at saturation ≥ 0.8 × its ceiling ({first.Users:N0} users)"), Invariant($"{first.Saturated.Load.Throughput:N0}/s vs {ceiling.Saturated.Load.Throughput:N0}/s = {ratio:0.00}"), ratio >= 0.8),
            new(Invariant($"Cached page p99 < 25 ms at half the ceiling's rate ({first.Rate:N0}/s)"), Invariant($"p99 {first.AtRate.Load.Latency.P99Ms:0.0} ms (p50 {first.AtRate.Load.Latency.P50Ms:0.0} ms) at {first.AtRate.Load.Throughput:N0}/s reached"), first.AtRate.Load.Latency.P99Ms < 25),
            new("Cold page: median overhead over Spotify's latency < 10 ms (open loop at half the cold page's saturated rate)", Invariant($"{cold.Load.Latency.P50Ms - spotify:0.0} ms at {cold.Load.Throughput:N0}/s"), cold.Load.Latency.P50Ms - spotify < 10),
            new("Cold page: p99 overhead over Spotify's latency < 50 ms (same run)", Invariant($"{cold.Load.Latency.P99Ms - spotify:0.0} ms"), cold.Load.Latency.P99Ms - spotify < 50),
            new("Peak working set of the site in the cached and cold scenarios < 250 MB", Invariant($"{pagePeak / (1024.0 * 1024):0} MB (VmRSS sampled every 50 ms)"), pagePeak < 250L * 1024 * 1024),
            new(
                "Cached page: one Spotify call per user, range and page per cache period, however many views",
                _economyMisses.Count == 0
                    ? Invariant($"one call per user for the first {WarmupViewsPerUser} concurrent views, then {cached.Sum(c => c.Saturated.SpotifyCalls + c.AtRate.SpotifyCalls)} for {cached.Sum(c => c.Saturated.Load.Latency.Count + c.AtRate.Load.Latency.Count):N0} timed views")
                    : string.Join("; ", _economyMisses),
                _economyMisses.Count == 0 && cached.All(c => c.Saturated.SpotifyCalls + c.AtRate.SpotifyCalls == 0)),
            new("Cold page: one Spotify call per page view", Invariant($"{colds.Sum(c => c.SpotifyCalls)} calls for {colds.Sum(c => c.Load.Latency.Count)} views"), colds.Sum(c => c.SpotifyCalls) == colds.Sum(c => c.Load.Latency.Count)),
            new("Refresh storm: exactly one token request per user", Invariant($"{storm.TokenRequests} token requests for {options.Connections} users, {storm.Load.Failures} failed pages"), storm.TokenRequests == options.Connections && storm.Load.Failures == 0),
            new("At most one refresh per user per access-token lifetime over the whole run", Invariant($"{totals.RefreshRequests} refreshes in all, all in the storm"), totals.RefreshRequests == storm.TokenRequests),
        };
        if (cached.Count > 1)
        {
            var last = cached[^1];
            var scale = last.AtRate.Load.Latency.P50Ms / first.AtRate.Load.Latency.P50Ms;
            checks.Add(new(
                Invariant($"Cached page at {last.Users:N0} linked users ≤ 1.15 × the {first.Users:N0}-user latency (same fixed rate)"),
                Invariant($"p50 {last.AtRate.Load.Latency.P50Ms:0.0} vs {first.AtRate.Load.Latency.P50Ms:0.0} ms = {scale:0.00} (p99 {last.AtRate.Load.Latency.P99Ms / first.AtRate.Load.Latency.P99Ms:0.00}; CPU {last.Saturated.CpuMsPerOperation:0.00} vs {first.Saturated.CpuMsPerOperation:0.00} ms a page)"),
                scale <= 1.15));
        }

        return checks;
    }

    private List<string> KeyRatios(List<SteadyMeasure> cached)
    {
        var ratios = cached.Select(c =>
        {
            var ceiling = _ceilings.First(x => x.Users == c.Users);
            return Invariant($"Cached page / ceiling at {c.Users:N0} users: {c.Saturated.Load.Throughput / ceiling.Saturated.Load.Throughput:0.00} ({c.Saturated.Load.Throughput:N0}/s vs {ceiling.Saturated.Load.Throughput:N0}/s); CPU {c.Saturated.CpuMsPerOperation:0.00} vs {ceiling.Saturated.CpuMsPerOperation:0.00} ms a page; at {c.Rate:N0}/s p50 {c.AtRate.Load.Latency.P50Ms:0.0} ms, p99 {c.AtRate.Load.Latency.P99Ms:0.0} ms (ceiling p99 {ceiling.AtRate.Load.Latency.P99Ms:0.0} ms)");
        }).ToList();
        var cold = ColdAtRate;
        var spotify = options.SpotifyLatency.TotalMilliseconds;
        ratios.Add(Invariant($"Cold page overhead at {cold.Load.Throughput:N0}/s (half its saturated rate): p50 {cold.Load.Latency.P50Ms - spotify:0.0} ms, p99 {cold.Load.Latency.P99Ms - spotify:0.0} ms over {spotify:0} ms of Spotify latency; CPU {cold.CpuMsPerOperation:0.0} ms a page"));
        if (cached.Count > 1)
        {
            ratios.Add(Invariant($"Cached p50 at the same rate, {cached[^1].Users:N0} / {cached[0].Users:N0} users: {cached[^1].AtRate.Load.Latency.P50Ms / cached[0].AtRate.Load.Latency.P50Ms:0.00}"));
        }

        var storm = _results.Single(r => r.Name.StartsWith("Refresh storm", StringComparison.Ordinal));
        ratios.Add(Invariant($"Token requests per user in the refresh storm: {(double)storm.TokenRequests / options.Connections:0.00}"));
        ratios.Add(Invariant($"Peak site memory over whole runs (VmHWM): {_sitePeaks.Max() / (1024.0 * 1024):0} MB"));
        return ratios;
    }

    /// <summary>
    /// How the ceiling and the cached page are measured alike: wrk windows until the throughput is steady, a timed
    /// saturation run, then h2load at <paramref name="rate"/> (the ceiling: half its own saturated throughput; the
    /// cached page: half the first scale step's ceiling, at every step) for the
    /// latency below saturation. The sessions send the cookies they hold: sign-in and antiforgery, as a browser does.
    /// </summary>
    private async Task<SteadyMeasure> SteadyAsync(
        ServerProcess server,
        SandboxState? sandbox,
        string name,
        int users,
        string path,
        UserSession[] sessions,
        double? rate,
        string notes,
        Workspace workspace,
        CancellationToken cancellationToken)
    {
        var cookies = sessions.Select(session => session.CookieHeader).ToArray();
        var windows = await SteadyState.WarmUpAsync(
            async () => (await Wrk.RunAsync(server.BaseAddress, path, cookies, options.Connections, options.WarmupWindow, workspace.Root, cancellationToken)).Throughput,
            options.WarmupWindows);
        var warmup = Invariant($"warm-up {windows.Count} × {options.WarmupWindow.TotalSeconds:0} s: {string.Join(", ", windows.Select(w => w.ToString("N0", CultureInfo.InvariantCulture)))}/s{(SteadyState.IsReached(windows) ? string.Empty : " (not steady: measured anyway)")}");
        var saturated = await MeasureAsync(server, sandbox, () => Wrk.RunAsync(server.BaseAddress, path, cookies, options.Connections, options.Duration, workspace.Root, cancellationToken));
        var fixedRate = rate ?? saturated.Load.Throughput / 2;
        var paced = await MeasureAsync(server, sandbox, () => H2Load.RunAsync(server.BaseAddress, path, cookies[0], fixedRate, options.RateWorkers, options.Duration, cancellationToken));
        var measure = new SteadyMeasure(
            users,
            fixedRate,
            Record(saturated.ToScenario(name + ", saturated (wrk)", users, options.Connections, notes + "; " + warmup)),
            Record(paced.ToScenario(Invariant($"{name} at {fixedRate:N0}/s (h2load)"), users, options.RateWorkers, Invariant($"{(rate is null ? "half its saturated throughput" : "half the first ceiling's saturated throughput")}; {paced.Load.Throughput:N0}/s reached"))));
        if (rate is null)
        {
            _ceilings.Add(measure);
        }

        return measure;
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
        var cpuBefore = server.CpuTime;
        LoadResult result;
        long peak;
        await using (var memory = server.WatchMemory())
        {
            result = await load();
            peak = memory.PeakBytes;
        }

        var cpuMs = (server.CpuTime - cpuBefore).TotalMilliseconds / Math.Max(1, result.Latency.Count);
        return new MeasuredLoad(result, sandbox is null ? default : SandboxCounters.Read(sandbox).Since(before), peak, cpuMs);
    }

    /// <summary>
    /// Every session opens <paramref name="path"/> once (which gives it the antiforgery cookie a browser would send
    /// back); returns the size of the first answer, to show that the ceiling and the site render pages alike.
    /// </summary>
    private static async Task<long> PageBytesAsync(UserSession[] sessions, string path, CancellationToken cancellationToken)
    {
        var sizes = await Task.WhenAll(sessions.Select(async session =>
        {
            using var response = await session.Client.GetAsync(path, cancellationToken);
            return (await response.Content.ReadAsByteArrayAsync(cancellationToken)).LongLength;
        }));
        return sizes[0];
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

    /// <summary>A load run with what it cost at the sandbox, the server's peak memory and its CPU per operation meanwhile.</summary>
    private sealed record MeasuredLoad(LoadResult Load, SandboxCounters Counters, long PeakMemory, double CpuMsPerOperation)
    {
        public ScenarioResult ToScenario(string name, int users, int connections, string notes) =>
            new(name, users, connections, Load, Counters.ApiCalls, Counters.TokenRequests, PeakMemory, notes, CpuMsPerOperation);
    }

    /// <summary>A page measured at saturation and at a fixed rate, at one step of the scale series.</summary>
    private sealed record SteadyMeasure(int Users, double Rate, ScenarioResult Saturated, ScenarioResult AtRate);
}
