using System.Globalization;

namespace CleanSpotify.Benchmarks.Load;

/// <summary>
/// Fixed-rate runs with <c>h2load</c> (Debian's <c>nghttp2-client</c>) over HTTP/1.1: <c>clients</c> connections each
/// send at <c>rate / clients</c> per second, so latency is measured below saturation instead of as queueing. A client
/// whose page is still loading when its next request is due sends it as soon as the page arrives, and every run
/// reports the rate it reached next to the rate it asked for. One native thread paces all clients: at 1,000 requests a
/// second it takes a thirtieth of a core, a fifth of what hey took, so the site under test keeps the rest.
/// </summary>
internal static class H2Load
{
    /// <summary>Asks for <paramref name="path"/> at <paramref name="perSecond"/> for <paramref name="duration"/>.</summary>
    public static async Task<LoadResult> RunAsync(
        Uri server, string path, string cookieHeader, double perSecond, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var log = Path.Combine(Path.GetTempPath(), $"cleanspotify-h2load-{Guid.NewGuid():N}.tsv");
        try
        {
            await NativeTool.RunAsync(
                "h2load",
                [
                    "--h1",
                    "-t", "1",
                    "-c", clients.ToString(CultureInfo.InvariantCulture),
                    "--rps", (perSecond / clients).ToString("0.###", CultureInfo.InvariantCulture),
                    "-D", Math.Max(1, (int)Math.Round(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
                    "-H", "Cookie: " + cookieHeader,
                    "--log-file", log,
                    new Uri(server, path).ToString(),
                ],
                cancellationToken);
            return ParseLog(await File.ReadAllTextAsync(log, cancellationToken));
        }
        finally
        {
            File.Delete(log);
        }
    }

    /// <summary>
    /// h2load's request log, one tab-separated line a request: start (µs since the epoch), HTTP status, µs to the end of
    /// the response. Latency from the durations, failures from the statuses, elapsed from the first start to the last end.
    /// </summary>
    public static LoadResult ParseLog(string log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var samples = new LatencySamples();
        var failures = 0;
        var firstStart = long.MaxValue;
        var lastEnd = long.MinValue;
        foreach (var line in log.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split('\t');
            var start = long.Parse(fields[0], CultureInfo.InvariantCulture);
            var micros = long.Parse(fields[2], CultureInfo.InvariantCulture);
            samples.Add(micros * System.Diagnostics.Stopwatch.Frequency / 1_000_000);
            failures += fields[1] == "200" ? 0 : 1;
            firstStart = Math.Min(firstStart, start);
            lastEnd = Math.Max(lastEnd, start + micros);
        }

        var summary = LatencySamples.Summarize([samples]);
        return new LoadResult(summary, failures, summary.Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks((lastEnd - firstStart) * 10));
    }
}
