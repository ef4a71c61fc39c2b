namespace CleanSpotify.Benchmarks.Load;

/// <summary>Latency of a scenario's timed operations, in milliseconds.</summary>
internal sealed record LatencySummary(int Count, double MeanMs, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public static readonly LatencySummary Empty = new(0, 0, 0, 0, 0, 0);
}
