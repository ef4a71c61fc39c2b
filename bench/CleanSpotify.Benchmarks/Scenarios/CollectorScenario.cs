using System.Diagnostics;
using System.Globalization;
using CleanSpotify.Benchmarks.Hosting;
using CleanSpotify.Benchmarks.Load;
using CleanSpotify.Benchmarks.Reporting;
using CleanSpotify.Benchmarks.Seeding;
using CleanSpotify.SpotifySandbox;
using CleanSpotify.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace CleanSpotify.Benchmarks.Scenarios;

/// <summary>
/// Issue #15's collector sweep: 10,000 linked users (1,000 with <c>--quick</c>) who have never been polled, and a site
/// started on them with short collector intervals, watched for a fixed window after one window of warm-up (the
/// site's start-up, JIT and first queries would otherwise be charged to the polls). Every
/// Spotify call it makes is a poll of recently played plays (each user's daily rank snapshots were taken "yesterday",
/// so none is due). Reports the site's CPU time per poll (<c>/proc/&lt;pid&gt;/stat</c>) and the calls in each
/// window of the sweep, which must stay within 20 % of their mean: spread out, not in bursts.
/// </summary>
internal sealed class CollectorScenario(BenchmarkOptions options, RepositoryLayout layout, Action<string> log)
{
    private const string Name = "Collector: sweep over never-polled linked users";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan MinPollInterval = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(5);

    /// <summary>Windows of calls counted: four minutes, or four of 8 s with <c>--quick</c>.</summary>
    private const int Windows = 4;

    public async Task<ScenarioOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var users = options.Quick ? 1_000 : 10_000;
        var bucket = options.Quick ? TimeSpan.FromSeconds(8) : TimeSpan.FromMinutes(1);
        using var workspace = Workspace.Create();
        var sandboxOptions = new SandboxOptions();
        await using var sandbox = await SandboxHost.StartAsync(sandboxOptions, cancellationToken: cancellationToken);
        sandbox.State.Faults.Latency(options.SpotifyLatency, null);
        var port = FreeTcpPort.Pick();
        var configuration = SiteConfiguration.For(workspace, sandbox, sandboxOptions, port);
        configuration["History:Enabled"] = "true";
        configuration["History:PollInterval"] = PollInterval.ToString("c", CultureInfo.InvariantCulture);
        configuration["History:MinPollInterval"] = MinPollInterval.ToString("c", CultureInfo.InvariantCulture);
        configuration["History:SweepInterval"] = SweepInterval.ToString("c", CultureInfo.InvariantCulture);
        TimeSpan seeding;
        await using (var seeder = await UserSeeder.StartAsync(configuration, workspace, sandbox.State, cancellationToken))
        {
            seeding = await seeder.SeedLinkedAsync(users, cancellationToken);
        }

        await SnapshotsTakenYesterdayAsync(workspace.Database, cancellationToken);
        log(Invariant($"collector: {users:N0} linked users seeded in {seeding.TotalSeconds:0.0} s; watching the sweep for {Windows} × {bucket.TotalSeconds:0} s"));

        await using var site = await SiteProcess.StartAsync(layout, configuration, new Uri($"http://127.0.0.1:{port}/"), workspace.Log("site-collector"), cancellationToken);
        using var timer = new PeriodicTimer(bucket);
        await timer.WaitForNextTickAsync(cancellationToken);
        var warmupPolls = sandbox.State.ApiCallCount;
        var cpuBefore = ProcessCpu.Read(site.Id);
        var readings = new List<int> { warmupPolls };
        long peak;
        var started = Stopwatch.GetTimestamp();
        await using (var memory = site.WatchMemory())
        {
            while (readings.Count <= Windows && await timer.WaitForNextTickAsync(cancellationToken))
            {
                readings.Add(sandbox.State.ApiCallCount);
            }

            peak = memory.PeakBytes;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = ProcessCpu.Read(site.Id) - cpuBefore;
        var polled = await CountPolledUsersAsync(workspace.Database, cancellationToken);
        var spread = CallSpread.FromReadings(readings);
        var polls = readings[^1] - readings[0];
        var cpuPerPollMs = polls == 0 ? double.PositiveInfinity : cpu.TotalMilliseconds / polls;
        var perMinute = polls / elapsed.TotalMinutes;
        var windows = string.Join(", ", spread.PerWindow);
        var result = new ScenarioResult(
            Name,
            users,
            1,
            new LoadResult(new LatencySummary(polls, 0, 0, 0, 0, 0), 0, elapsed),
            polls,
            sandbox.State.TokenRequestCount,
            peak,
            Invariant($"polls/s; {polled:N0} users polled; calls per {bucket.TotalSeconds:0} s: {windows}; site CPU {cpu.TotalSeconds:0.0} s = {cpuPerPollMs:0.00} ms a poll"));
        log(Invariant($"  {Name}: {polls:N0} polls ({perMinute:N0}/min) of {polled:N0} users in {elapsed.TotalSeconds:0} s, CPU {cpuPerPollMs:0.00} ms a poll, per {bucket.TotalSeconds:0} s: {windows}"));
        var settings = Invariant(
            $"Collector: {users:N0} linked users seeded in {seeding.TotalSeconds:0.0} s, none polled before; History:PollInterval {PollInterval:c}, History:MinPollInterval {MinPollInterval:c}, History:SweepInterval {SweepInterval:c}; Spotify latency {options.SpotifyLatency.TotalMilliseconds:0} ms; watched {Windows} × {bucket.TotalSeconds:0} s after a first {bucket.TotalSeconds:0} s of warm-up ({warmupPolls:N0} polls, the site's start-up included, not counted)");
        return new ScenarioOutcome(
            [result],
            [
                new("Collector: < 5 ms CPU per user per poll", Invariant($"{cpuPerPollMs:0.00} ms ({cpu.TotalSeconds:0.0} s CPU for {polls:N0} polls)"), cpuPerPollMs < 5),
                new(
                    Invariant($"Collector: Spotify calls per {Window(bucket)} within 20 % of their mean across the sweep"),
                    Invariant($"{windows} (mean {spread.Mean:0}, furthest {spread.MaxDeviation:P0} from it)"),
                    spread.IsWithin(0.2)),
            ],
            [settings],
            [Invariant($"Collector: {cpuPerPollMs:0.00} ms CPU a poll, {perMinute:N0} Spotify calls a minute, spread ±{spread.MaxDeviation:P0} per {Window(bucket)}")]);
    }

    private static string Window(TimeSpan bucket) => bucket == TimeSpan.FromMinutes(1) ? "minute" : Invariant($"{bucket.TotalSeconds:0} s");

    /// <summary>Every user's daily rank snapshots as if taken a day ago: the next are due in a day, so the watched window has poll calls only.</summary>
    private static async Task SnapshotsTakenYesterdayAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO RankSnapshotSchedules (AppUserId, NextSnapshotAt) SELECT AppUserId, $next FROM SpotifyLinks";
        command.Parameters.AddWithValue("$next", DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> CountPolledUsersAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM PlayCollections WHERE LastPolledAt IS NOT NULL";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
