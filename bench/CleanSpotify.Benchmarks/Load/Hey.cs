using System.Globalization;

namespace CleanSpotify.Benchmarks.Load;

/// <summary>
/// Fixed-rate runs with <c>hey</c> (Debian's package): <c>workers</c> each send at <c>rate / workers</c> per second,
/// so latency is measured below saturation instead of as queueing. hey paces each worker with a ticker: a tick that
/// falls while the worker waits is skipped, so a page slower than a worker's interval is under-sampled; every run
/// reports the rate it reached next to the rate it asked for, which shows when that happened.
/// </summary>
internal static class Hey
{
    /// <summary>Asks for <paramref name="path"/> at <paramref name="perSecond"/> for <paramref name="duration"/>.</summary>
    public static async Task<LoadResult> RunAsync(
        Uri server, string path, string cookieHeader, double perSecond, int workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var output = await NativeTool.RunAsync(
            "hey",
            [
                "-z", string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(duration.TotalSeconds))}s"),
                "-c", workers.ToString(CultureInfo.InvariantCulture),
                "-q", (perSecond / workers).ToString("0.###", CultureInfo.InvariantCulture),
                "-H", "Cookie: " + cookieHeader,
                "-o", "csv",
                new Uri(server, path).ToString(),
            ],
            cancellationToken);
        return ParseCsv(output);
    }

    /// <summary>
    /// hey's CSV (<c>response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset</c>,
    /// seconds): latency from the response times, failures from the statuses, elapsed from the first start to the last end.
    /// </summary>
    public static LoadResult ParseCsv(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var samples = new LatencySamples();
        var failures = 0;
        var firstStart = double.MaxValue;
        var lastEnd = 0.0;
        foreach (var line in csv.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var fields = line.Split(',');
            var seconds = double.Parse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture);
            var offset = double.Parse(fields[7], NumberStyles.Float, CultureInfo.InvariantCulture);
            samples.Add((long)(seconds * System.Diagnostics.Stopwatch.Frequency));
            failures += fields[6] == "200" ? 0 : 1;
            firstStart = Math.Min(firstStart, offset);
            lastEnd = Math.Max(lastEnd, offset + seconds);
        }

        var summary = LatencySamples.Summarize([samples]);
        return new LoadResult(summary, failures, summary.Count == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(lastEnd - firstStart));
    }
}
