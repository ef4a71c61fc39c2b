using System.Diagnostics;
using System.Globalization;
using System.Net;
using CleanSpotify.Benchmarks.Hosting;
using CleanSpotify.Benchmarks.Load;
using CleanSpotify.Benchmarks.Reporting;
using CleanSpotify.Benchmarks.Seeding;
using CleanSpotify.Benchmarks.Sessions;
using CleanSpotify.SpotifySandbox;
using CleanSpotify.Tests.Shared;

namespace CleanSpotify.Benchmarks.Scenarios;

/// <summary>
/// History and stats at scale (issue #15, item 4): the site on PostgreSQL with 10 million plays over 10,000 users
/// (1 million over 1,000 in quick mode), signed in as the heavy listener, who has ten years of plays. Each page is
/// measured through the site with a few connections, so its p50 is a single user's page rather than queueing. A stats
/// page is kept once computed (until a play is stored), so each page's first view is also timed alone, before its
/// load, after a one-week stats page has warmed the code path.
/// </summary>
internal sealed class HistoryAtScaleScenario(BenchmarkOptions options, RepositoryLayout layout, Action<string> log)
{
    public const string Name = "history";

    /// <summary>Connections on each page: the heavy listener's own tabs, not a crowd.</summary>
    private const int Connections = 4;

    public async Task<ScenarioOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var today = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        var wanted = options.Quick ? PlayPlan.Quick(today) : PlayPlan.Full(today);
        var database = options.Quick ? "cleanspotify_bench_quick" : "cleanspotify_bench";
        using var workspace = Workspace.Create();
        var sandboxOptions = new SandboxOptions();
        await using var sandbox = await SandboxHost.StartAsync(sandboxOptions, cancellationToken: cancellationToken);
        var address = new Uri($"http://127.0.0.1:{FreeTcpPort.Pick()}/");
        var configuration = SiteConfiguration.For(workspace, sandbox, sandboxOptions, address.Port);
        configuration["Database:Provider"] = "Postgres";
        configuration["ConnectionStrings:CleanSpotify"] = HistoryDatabase.ConnectionString(database);

        log(Invariant($"history at scale: {wanted.Plays:N0} plays over {wanted.Users:N0} users in PostgreSQL database {database}"));
        var (plan, seeding) = await HistoryDatabase.EnsureAsync(wanted, database, configuration, workspace, sandbox.State, cancellationToken);
        var setup = new List<string>
        {
            seeding is { } took
                ? Invariant($"Seeding {plan.Users:N0} users and {plan.Plays:N0} plays into PostgreSQL took {took.TotalSeconds:0.0} s (users through the site's DbContext, plays by one binary COPY, then VACUUM ANALYZE)")
                : Invariant($"History at scale reused PostgreSQL database {database}, seeded earlier with {plan.Users:N0} users and {plan.Plays:N0} plays ending {plan.End:yyyy-MM-dd}"),
        };
        log(setup[0]);

        await using var site = await SiteProcess.StartAsync(layout, configuration, address, workspace.Log("site"), cancellationToken);
        setup.Add(Invariant($"The site started on PostgreSQL in {site.Startup.TotalSeconds:0.0} s with {plan.Plays:N0} plays"));
        using var session = new UserSession(address, UserSeeder.UnlinkedEmail(0));
        if (!await AccountForms.SignInAsync(session, UserSeeder.Password, cancellationToken))
        {
            throw new InvalidOperationException("The heavy listener could not sign in; see the site's log in " + workspace.Logs);
        }

        var lastDay = DateOnly.FromDateTime(plan.End.UtcDateTime).AddDays(-1);
        var heavy = Invariant($"heavy listener, {plan.HeavyPlays:N0} plays over ten years ({HistoryDatabase.HeavyListenerTimeZone})");
        var history = await PageAsync(site, session, "History page (first page, all time)", "/history", plan, heavy, cancellationToken);
        await FirstViewAsync(session, Invariant($"/stats?from={lastDay.AddDays(-6):yyyy-MM-dd}&to={lastDay:yyyy-MM-dd}"), cancellationToken);
        var year = await PageAsync(
            site, session, "Stats page, one year", Invariant($"/stats?from={lastDay.AddYears(-1).AddDays(1):yyyy-MM-dd}&to={lastDay:yyyy-MM-dd}"), plan, heavy, cancellationToken);
        var allTime = await PageAsync(site, session, "Stats page, all time", "/stats", plan, heavy, cancellationToken);
        return new ScenarioOutcome(
            [history.Page, year.Page, allTime.Page],
            [Target(history, 50), Target(year, 200), Target(allTime, 500)],
            setup,
            [
                Invariant($"Heavy listener's pages, p50: history {history.Page.Load.Latency.P50Ms:0} ms, one-year stats {year.Page.Load.Latency.P50Ms:0} ms, all-time stats {allTime.Page.Load.Latency.P50Ms:0} ms"),
                Invariant($"Heavy listener's first views, alone: history {history.FirstView.TotalMilliseconds:0} ms, one-year stats {year.FirstView.TotalMilliseconds:0} ms, all-time stats {allTime.FirstView.TotalMilliseconds:0} ms"),
            ]);
    }

    private async Task<(ScenarioResult Page, TimeSpan FirstView)> PageAsync(
        ServerProcess site, UserSession session, string name, string path, PlayPlan plan, string notes, CancellationToken cancellationToken)
    {
        log(Invariant($"  {name}: GET {path}"));
        var firstView = await FirstViewAsync(session, path, cancellationToken);
        LoadResult load;
        long peak;
        await using (var memory = site.WatchMemory())
        {
            load = await LoadGenerator.RunForAsync(
                Connections,
                options.Warmup,
                options.Duration,
                (_, _, token) => LoadGenerator.GetAsync(session.Client, path, HttpStatusCode.OK, token),
                cancellationToken);
            peak = memory.PeakBytes;
        }

        return (
            new ScenarioResult(
                name, plan.Users, Connections, load, 0, 0, peak, Invariant($"{notes}; {plan.Plays:N0} plays in all; GET {path}; first view alone {firstView.TotalMilliseconds:0} ms")),
            firstView);
    }

    /// <summary>One view of <paramref name="path"/> with nothing else running, timed.</summary>
    private static async Task<TimeSpan> FirstViewAsync(UserSession session, string path, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (!await LoadGenerator.GetAsync(session.Client, path, HttpStatusCode.OK, cancellationToken))
        {
            throw new InvalidOperationException("The heavy listener's first view of " + path + " failed.");
        }

        return Stopwatch.GetElapsedTime(started);
    }

    private static TargetCheck Target((ScenarioResult Page, TimeSpan FirstView) measured, double p50Ms)
    {
        var (page, firstView) = measured;
        return new TargetCheck(
            Invariant($"Heavy listener, {page.Name.ToLowerInvariant()}: p50 < {p50Ms:0} ms at {Connections} connections"),
            page.Load.Latency.Count == 0
                ? "no view finished within the timed window: each takes longer than the whole window"
                : Invariant($"p50 {page.Load.Latency.P50Ms:0.0} ms, p95 {page.Load.Latency.P95Ms:0.0}, p99 {page.Load.Latency.P99Ms:0.0} ({page.Load.Latency.Count:N0} views, {page.Load.Failures} failed); first view alone {firstView.TotalMilliseconds:0} ms"),
            page.Load.Latency.Count > 0 && page.Load.Failures == 0 && page.Load.Latency.P50Ms < p50Ms);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
