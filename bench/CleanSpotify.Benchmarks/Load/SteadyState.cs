namespace CleanSpotify.Benchmarks.Load;

/// <summary>
/// When a server has warmed up: the .NET JIT's tiers take tens of seconds to settle under load, so load runs in
/// windows until the last <see cref="Windows"/> windows' throughputs lie within <see cref="Tolerance"/> of their mean.
/// </summary>
internal static class SteadyState
{
    public const int Windows = 3;

    public const double Tolerance = 0.05;

    /// <summary>True when the last <see cref="Windows"/> throughputs are all within <see cref="Tolerance"/> of their mean.</summary>
    public static bool IsReached(IReadOnlyList<double> throughputs)
    {
        ArgumentNullException.ThrowIfNull(throughputs);
        if (throughputs.Count < Windows)
        {
            return false;
        }

        var last = throughputs.Skip(throughputs.Count - Windows).ToArray();
        var mean = last.Average();
        return mean > 0 && last.All(t => Math.Abs(t - mean) <= Tolerance * mean);
    }

    /// <summary>Runs <paramref name="window"/> until <see cref="IsReached"/> or <paramref name="maxWindows"/>; returns every window's throughput.</summary>
    public static async Task<IReadOnlyList<double>> WarmUpAsync(Func<Task<double>> window, int maxWindows)
    {
        ArgumentNullException.ThrowIfNull(window);
        var throughputs = new List<double>();
        while (throughputs.Count < maxWindows && !IsReached(throughputs))
        {
            throughputs.Add(await window());
        }

        return throughputs;
    }
}
