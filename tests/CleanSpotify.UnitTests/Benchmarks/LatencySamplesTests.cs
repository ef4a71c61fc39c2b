using System.Diagnostics;
using CleanSpotify.Benchmarks.Load;

namespace CleanSpotify.UnitTests.Benchmarks;

public sealed class LatencySamplesTests
{
    private static readonly long[] OneToHundred = Enumerable.Range(1, 100).Select(i => (long)i).ToArray();

    [Theory]
    [InlineData(50, 50)]
    [InlineData(95, 95)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    [InlineData(0.5, 1)]
    public void Percentile_OfOneToHundred_IsTheNearestRank(double percent, long expected) =>
        LatencySamples.Percentile(OneToHundred, percent).Should().Be(expected);

    [Fact]
    public void Percentile_OfFewSamples_RoundsTheRankUp()
    {
        long[] sorted = [10, 20, 30];

        LatencySamples.Percentile(sorted, 50).Should().Be(20);
        LatencySamples.Percentile(sorted, 99).Should().Be(30);
        LatencySamples.Percentile(sorted, 33).Should().Be(10);
    }

    [Fact]
    public void Summarize_MergesEveryWorkersSamples_Exactly()
    {
        var millisecond = Stopwatch.Frequency / 1000;
        var first = new LatencySamples();
        var second = new LatencySamples();
        for (var ms = 1; ms <= 2000; ms++)
        {
            (ms % 2 == 0 ? first : second).Add(ms * millisecond);
        }

        var summary = LatencySamples.Summarize([first, second]);

        summary.Count.Should().Be(2000);
        summary.P50Ms.Should().BeApproximately(1000, 0.001);
        summary.P95Ms.Should().BeApproximately(1900, 0.001);
        summary.P99Ms.Should().BeApproximately(1980, 0.001);
        summary.MaxMs.Should().BeApproximately(2000, 0.001);
        summary.MeanMs.Should().BeApproximately(1000.5, 0.001);
    }

    [Fact]
    public void Summarize_NoSamples_IsEmpty() =>
        LatencySamples.Summarize([new LatencySamples()]).Should().Be(LatencySummary.Empty);

    [Fact]
    public void Throughput_IsTimedOperationsPerSecond() =>
        new LoadResult(LatencySummary.Empty with { Count = 300 }, 0, TimeSpan.FromSeconds(2)).Throughput.Should().Be(150);
}
