namespace CleanSpotify.Benchmarks.Load;

/// <summary>
/// How evenly calls fall over consecutive windows of equal length: their mean and the largest distance of a window's
/// count from that mean, as a share of the mean (0 when every window has the same count).
/// </summary>
internal sealed record CallSpread(IReadOnlyList<int> PerWindow, double Mean, double MaxDeviation)
{
    /// <summary>The spread of counts taken from a counter read at the start of the first window and at the end of each.</summary>
    public static CallSpread FromReadings(IReadOnlyList<int> counterReadings)
    {
        ArgumentNullException.ThrowIfNull(counterReadings);
        ArgumentOutOfRangeException.ThrowIfLessThan(counterReadings.Count, 2);
        return Of([.. counterReadings.Zip(counterReadings.Skip(1), (before, after) => after - before)]);
    }

    public static CallSpread Of(IReadOnlyList<int> perWindow)
    {
        ArgumentNullException.ThrowIfNull(perWindow);
        ArgumentOutOfRangeException.ThrowIfZero(perWindow.Count);
        var mean = perWindow.Average();
        var deviation = mean == 0 ? 0 : perWindow.Max(count => Math.Abs(count - mean)) / mean;
        return new CallSpread(perWindow, mean, deviation);
    }

    /// <summary>Whether every window is within <paramref name="share"/> of the mean (0.2 for "within 20 %").</summary>
    public bool IsWithin(double share) => Mean > 0 && MaxDeviation <= share;
}
