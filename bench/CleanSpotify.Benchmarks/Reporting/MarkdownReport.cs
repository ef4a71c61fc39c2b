using System.Globalization;
using System.Text;

namespace CleanSpotify.Benchmarks.Reporting;

/// <summary>
/// Writes a run into <c>docs/benchmarks.md</c>: the generated part sits between two markers and is replaced by each
/// run; whatever is written around it by hand (findings, profiles, what is left) is kept.
/// </summary>
internal static class MarkdownReport
{
    public const string StartMarker = "<!-- benchmark results: start (written by bench/CleanSpotify.Benchmarks; edits here are overwritten) -->";
    public const string EndMarker = "<!-- benchmark results: end -->";

    private const string NewFileHeader = """
        # Benchmarks

        How fast CleanSpotify's pages are, how few Spotify calls they cost, and how that holds as users grow, measured
        side by side with the ceiling. Run `dotnet run -c Release --project bench/CleanSpotify.Benchmarks`; how the
        harness works is in [ADR 0018](adr/0018-benchmark-harness.md).

        """;

    /// <summary><paramref name="existing"/> (null for a new file) with its generated part replaced by <paramref name="generated"/>.</summary>
    public static string Merge(string? existing, string generated)
    {
        ArgumentNullException.ThrowIfNull(generated);
        if (string.IsNullOrWhiteSpace(existing))
        {
            return NewFileHeader + "\n" + generated;
        }

        var start = existing.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = existing.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return existing.TrimEnd() + "\n\n" + generated;
        }

        var afterEnd = end + EndMarker.Length;
        var rest = existing[afterEnd..].TrimStart('\n');
        return existing[..start] + generated + (rest.Length > 0 ? "\n" + rest : string.Empty);
    }

    /// <summary>The generated part, markers included, ending with a newline.</summary>
    public static string Render(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.AppendLine(StartMarker).AppendLine();
        md.AppendLine("## Last run").AppendLine();
        md.AppendLine(Invariant($"- **Date:** {report.StartedAt:yyyy-MM-dd HH:mm} UTC, {report.RunTime.TotalMinutes:0.0} minutes"));
        md.AppendLine(Invariant($"- **Commit:** `{report.Commit}`"));
        md.AppendLine(Invariant($"- **Machine:** {report.Machine.Cores} cores ({report.Machine.Cpu}, {report.Machine.CacheBytes / (1024 * 1024):N0} MiB cache), {report.Machine.MemoryBytes / (1024.0 * 1024 * 1024):0.0} GiB, {report.Machine.OperatingSystem}"));
        md.AppendLine(Invariant($"- **Runtime:** {report.Machine.Runtime}, Release build; load average {report.LoadAverageBefore} before and {report.LoadAverageAfter} after the run"));
        var options = report.Options;
        md.AppendLine(Invariant($"- **Settings:** Spotify latency {options.SpotifyLatency.TotalMilliseconds:0} ms, {options.Connections} connections on the cached page, {options.ColdConnections} on cold pages at saturation, {options.Duration.TotalSeconds:0} s per timed scenario{(options.Quick ? " (quick check: --quick)" : string.Empty)}"));
        foreach (var line in report.Setup)
        {
            md.Append("- ").AppendLine(line);
        }

        md.AppendLine().AppendLine("### Scenarios").AppendLine();
        md.AppendLine("| Scenario | Linked users | Connections | Timed | Per second | p50 ms | p95 ms | p99 ms | Failed | CPU ms each | Spotify calls | Token requests | Peak RSS MB | Notes |");
        md.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
        foreach (var s in report.Scenarios)
        {
            var latency = s.Load.Latency;
            md.AppendLine(Invariant(
                $"| {s.Name} | {s.SeededUsers:N0} | {(s.Connections > 0 ? s.Connections.ToString(CultureInfo.InvariantCulture) : "open loop")} | {latency.Count:N0} | {s.Load.Throughput:N0} | {latency.P50Ms:0.0} | {latency.P95Ms:0.0} | {latency.P99Ms:0.0} | {s.Load.Failures} | {(s.CpuMsPerOperation is { } cpu ? cpu.ToString("0.00", CultureInfo.InvariantCulture) : "–")} | {s.SpotifyCalls} | {s.TokenRequests} | {s.PeakMemoryBytes / (1024.0 * 1024):0} | {s.Notes} |"));
        }

        md.AppendLine().AppendLine("### Targets (issue #15)").AppendLine();
        md.AppendLine("| Target | Measured | Result |");
        md.AppendLine("|---|---|---|");
        foreach (var target in report.Targets)
        {
            md.AppendLine(Invariant($"| {target.Target} | {target.Measured} | {(target.Pass ? "PASS" : "**MISS**")} |"));
        }

        md.AppendLine().AppendLine("### Key ratios").AppendLine();
        foreach (var ratio in report.KeyRatios)
        {
            md.Append("- ").AppendLine(ratio);
        }

        md.AppendLine().AppendLine(EndMarker);
        return md.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
