using System.Globalization;
using System.Text;

namespace CleanSpotify.Benchmarks.Load;

/// <summary>
/// Saturation runs with <c>wrk</c> (Debian's package, one thread: a C load generator that leaves the two cores to the
/// server). Each request carries the next signed-in user's cookies in turn; any answer but 200 counts as a failure.
/// The Lua script's <c>done</c> hook prints one machine-readable line, read by <see cref="Parse"/>.
/// </summary>
internal static class Wrk
{
    private const string ResultPrefix = "WRK-RESULT";

    /// <summary>Loads <paramref name="path"/> with <paramref name="connections"/> connections for <paramref name="duration"/>.</summary>
    public static async Task<LoadResult> RunAsync(
        Uri server, string path, IReadOnlyList<string> cookieHeaders, int connections, TimeSpan duration, string workFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var script = Path.Combine(workFolder, "wrk.lua");
        await File.WriteAllTextAsync(script, Script(path, cookieHeaders), cancellationToken);
        var seconds = Math.Max(1, (int)Math.Round(duration.TotalSeconds));
        var output = await NativeTool.RunAsync(
            "wrk",
            ["-t1", string.Create(CultureInfo.InvariantCulture, $"-c{connections}"), string.Create(CultureInfo.InvariantCulture, $"-d{seconds}s"), "-s", script, new Uri(server, path).ToString()],
            cancellationToken);
        return Parse(output);
    }

    /// <summary>The Lua script: cookies in turn, failures counted per thread, the totals printed by <c>done</c>.</summary>
    public static string Script(string path, IReadOnlyList<string> cookieHeaders)
    {
        ArgumentNullException.ThrowIfNull(cookieHeaders);
        ArgumentOutOfRangeException.ThrowIfZero(cookieHeaders.Count);
        var lua = new StringBuilder();
        lua.Append("local cookies = {");
        lua.AppendJoin(", ", cookieHeaders.Select(Quote));
        lua.AppendLine("}");
        lua.AppendLine(CultureInfo.InvariantCulture, $"local path = {Quote(path)}");
        lua.AppendLine("""
            local threads = {}
            function setup(thread) table.insert(threads, thread) end
            function init(args) failed = 0; turn = 0 end
            function request()
              turn = turn % #cookies + 1
              return wrk.format("GET", path, { ["Cookie"] = cookies[turn] })
            end
            function response(status, headers, body) if status ~= 200 then failed = failed + 1 end end
            function done(summary, latency, requests)
              local failures = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
              for _, thread in ipairs(threads) do failures = failures + thread:get("failed") end
            """);
        lua.AppendLine(CultureInfo.InvariantCulture, $"""
              io.write(string.format("{ResultPrefix} %d %d %d %.1f %.1f %.1f %.1f %.1f\n", summary.requests, summary.duration, failures,
                latency.mean, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
            end
            """);
        return lua.ToString();
    }

    /// <summary>Reads the script's result line: requests, duration and latencies (microseconds), failures.</summary>
    public static LoadResult Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var line = output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith(ResultPrefix + " ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("wrk printed no result line:" + Environment.NewLine + output);
        var fields = line[(ResultPrefix.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(field => double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
        static double Ms(double microseconds) => microseconds / 1000;
        var requests = (int)fields[0];
        return new LoadResult(
            new LatencySummary(requests, Ms(fields[3]), Ms(fields[4]), Ms(fields[5]), Ms(fields[6]), Ms(fields[7])),
            (int)fields[2],
            TimeSpan.FromMicroseconds(fields[1]));
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
