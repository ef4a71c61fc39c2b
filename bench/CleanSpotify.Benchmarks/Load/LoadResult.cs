namespace CleanSpotify.Benchmarks.Load;

/// <summary>What a load run measured: the timed operations, how many failed, and over how long.</summary>
internal sealed record LoadResult(LatencySummary Latency, int Failures, TimeSpan Elapsed)
{
    /// <summary>Completed timed operations per second, failures included.</summary>
    public double Throughput => Elapsed > TimeSpan.Zero ? Latency.Count / Elapsed.TotalSeconds : 0;
}
