using CleanSpotify.Benchmarks.Load;

namespace CleanSpotify.UnitTests.Benchmarks;

public sealed class CallSpreadTests
{
    [Fact]
    public void FromReadings_CounterReadings_CountsEachWindow()
    {
        var spread = CallSpread.FromReadings([100, 200, 290, 410]);

        spread.PerWindow.Should().Equal(100, 90, 120);
        spread.Mean.Should().BeApproximately(103.333, 0.001);
        spread.MaxDeviation.Should().BeApproximately(16.667 / 103.333, 0.0001);
        spread.IsWithin(0.2).Should().BeTrue();
    }

    [Fact]
    public void Of_BurstThenQuiet_IsNotWithin20Percent()
    {
        var spread = CallSpread.Of([400, 400, 150, 50]);

        spread.MaxDeviation.Should().BeApproximately(0.8, 0.0001);
        spread.IsWithin(0.2).Should().BeFalse();
    }

    [Fact]
    public void Of_NoCalls_IsNotSpread()
    {
        var spread = CallSpread.Of([0, 0]);

        spread.MaxDeviation.Should().Be(0);
        spread.IsWithin(0.2).Should().BeFalse();
    }

    [Fact]
    public void FromReadings_OneReading_Throws() =>
        FluentActions.Invoking(() => CallSpread.FromReadings([5])).Should().Throw<ArgumentOutOfRangeException>();
}
