using CleanSpotify.Application.Collector;

namespace CleanSpotify.UnitTests.Application.Collector;

public sealed class PollPaceTests
{
    private static readonly CollectorPolicy Policy = new(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(20), 0.5);
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.999)]
    public void NextDelay_IdleListener_IsTheLongestIntervalLessAtMostAQuarter(double jitter)
    {
        PollPace.NextDelay(0, Policy, jitter).Should().BeGreaterThan(TimeSpan.FromMinutes(15)).And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(20));
    }

    [Fact]
    public void NextDelay_HeavyListener_IsBeforeHalfAPageCouldPileUp()
    {
        // 150 plays an hour: 25 plays take 10 minutes.
        PollPace.NextDelay(150, Policy, 0).Should().Be(TimeSpan.FromMinutes(10));
        PollPace.NextDelay(150, Policy, 0.999).Should().BeGreaterThan(TimeSpan.FromMinutes(7.5)).And.BeLessThan(TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void NextDelay_ListenerFasterThanTheMinimum_IsTheMinimum()
    {
        PollPace.NextDelay(3600, Policy, 0.999).Should().Be(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void UpdateRate_PartPage_AveragesWithThePreviousRate()
    {
        var plays = Enumerable.Range(0, 10).Select(i => Now.AddMinutes(-i)).ToArray();

        PollPace.UpdateRate(10, plays, Now.AddHours(-1), Now).Should().Be(10);
    }

    [Fact]
    public void UpdateRate_FullPage_TakesThePagesOwnSpan()
    {
        var plays = Enumerable.Range(0, 50).Select(i => Now.AddSeconds(-i)).ToArray();

        PollPace.UpdateRate(0, plays, Now.AddMinutes(-20), Now).Should().BeApproximately(49 * 60, 0.001, "49 gaps of a second, at least a minute counted");
    }
}
