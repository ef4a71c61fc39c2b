using System.Diagnostics;

namespace CleanSpotify.Benchmarks.Load;

/// <summary>
/// Every latency one worker measured, in <see cref="Stopwatch"/> ticks. Percentiles are exact (nearest rank over
/// all samples), not estimated from buckets. Not thread-safe: one instance per worker, merged at the end.
/// </summary>
internal sealed class LatencySamples
{
    private long[] _ticks = new long[1024];

    public int Count { get; private set; }

    public void Add(long stopwatchTicks)
    {
        if (Count == _ticks.Length)
        {
            Array.Resize(ref _ticks, _ticks.Length * 2);
        }

        _ticks[Count++] = stopwatchTicks;
    }

    /// <summary>All samples of all <paramref name="parts"/>, summarised.</summary>
    public static LatencySummary Summarize(IEnumerable<LatencySamples> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var all = parts.SelectMany(part => part._ticks.Take(part.Count)).ToArray();
        if (all.Length == 0)
        {
            return LatencySummary.Empty;
        }

        Array.Sort(all);
        return new LatencySummary(
            all.Length,
            ToMilliseconds(all.Average(t => (double)t)),
            ToMilliseconds(Percentile(all, 50)),
            ToMilliseconds(Percentile(all, 95)),
            ToMilliseconds(Percentile(all, 99)),
            ToMilliseconds(all[^1]));
    }

    /// <summary>Nearest rank: the smallest sample with at least <paramref name="percent"/> % of the samples at or below it.</summary>
    public static long Percentile(IReadOnlyList<long> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    private static double ToMilliseconds(double stopwatchTicks) => stopwatchTicks * 1000 / Stopwatch.Frequency;
}
