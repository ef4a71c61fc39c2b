using CleanSpotify.Benchmarks.Load;

namespace CleanSpotify.UnitTests.Benchmarks;

public sealed class NativeLoadTests
{
    [Fact]
    public void WrkParse_ReadsTheScriptsResultLineInMicroseconds()
    {
        const string output = """
            Running 15s test @ http://127.0.0.1:5000/top/tracks
              1 threads and 32 connections
              17800 requests in 15.03s, 1.35GB read
            WRK-RESULT 17800 15030000 3 26940.5 25120.0 41000.0 61250.5 98840.0
            Requests/sec:   1184.58
            """;

        var result = Wrk.Parse(output);

        result.Latency.Should().Be(new LatencySummary(17800, 26.9405, 25.12, 41, 61.2505, 98.84));
        result.Failures.Should().Be(3);
        result.Elapsed.Should().Be(TimeSpan.FromSeconds(15.03));
        result.Throughput.Should().BeApproximately(1184.3, 0.1);
    }

    [Fact]
    public void WrkParse_WithoutAResultLine_ThrowsShowingTheOutput() =>
        FluentActions.Invoking(() => Wrk.Parse("unable to connect to 127.0.0.1:5000 Connection refused"))
            .Should().Throw<InvalidOperationException>().WithMessage("*Connection refused*");

    [Fact]
    public void WrkScript_SendsEachCookieInTurnAndCountsEveryNon200()
    {
        var script = Wrk.Script("/top/tracks?range=medium_term&page=1", ["a=1; b=\"2\"", "a=3"]);

        script.Should().Contain("local cookies = {\"a=1; b=\\\"2\\\"\", \"a=3\"}");
        script.Should().Contain("local path = \"/top/tracks?range=medium_term&page=1\"");
        script.Should().Contain("turn = turn % #cookies + 1").And.Contain("if status ~= 200 then failed = failed + 1 end");
        script.Should().Contain("WRK-RESULT");
    }

    [Fact]
    public void H2LoadParseLog_TakesLatencyFromDurationsFailuresFromStatusesAndTheSpanFromStartsAndEnds()
    {
        const string log = """
            1796673937010000	200	4000
            1796673937500000	200	2000
            1796673937900000	302	10000
            1796673938997000	200	3000
            """;

        var result = H2LoadLog(log);

        result.Latency.Count.Should().Be(4);
        result.Latency.P50Ms.Should().BeApproximately(3, 0.001);
        result.Latency.P99Ms.Should().BeApproximately(10, 0.001);
        result.Failures.Should().Be(1);
        result.Elapsed.TotalSeconds.Should().BeApproximately(1.99, 0.0001);
    }

    [Fact]
    public void H2LoadParseLog_NoRequests_IsEmpty() =>
        H2LoadLog(string.Empty).Latency.Should().Be(LatencySummary.Empty);

    [Theory]
    [InlineData(new double[] { }, false)]
    [InlineData(new double[] { 500, 900 }, false)]
    [InlineData(new double[] { 470, 800, 950, 960, 955 }, true)]
    [InlineData(new double[] { 470, 800, 900, 960, 1000 }, false)]
    [InlineData(new double[] { 1000, 1040, 960 }, true)]
    [InlineData(new double[] { 1000, 1060, 960 }, false)]
    [InlineData(new double[] { 0, 0, 0 }, false)]
    public void SteadyState_NeedsThreeWindowsWithinFivePerCentOfTheirMean(double[] throughputs, bool steady) =>
        SteadyState.IsReached(throughputs).Should().Be(steady);

    [Fact]
    public async Task SteadyState_WarmUp_StopsAtTheFirstSteadyWindowOrAtTheLimit()
    {
        var rising = new Queue<double>([300, 600, 850, 950, 940, 945, 2000]);
        var settled = await SteadyState.WarmUpAsync(() => Task.FromResult(rising.Dequeue()), 10);
        var climbing = 0.0;
        var capped = await SteadyState.WarmUpAsync(() => Task.FromResult(climbing += 100), 4);

        settled.Should().Equal(300, 600, 850, 950, 940, 945);
        capped.Should().Equal(100, 200, 300, 400);
    }

    private static LoadResult H2LoadLog(string log) => H2Load.ParseLog(log.Replace("\r", string.Empty, StringComparison.Ordinal));
}
