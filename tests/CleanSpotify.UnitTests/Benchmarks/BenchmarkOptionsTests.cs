using CleanSpotify.Benchmarks;

namespace CleanSpotify.UnitTests.Benchmarks;

public sealed class BenchmarkOptionsTests
{
    [Fact]
    public void Parse_NoArguments_GivesTheIssuesDefaults()
    {
        var options = BenchmarkOptions.Parse([]);

        options.UserCounts.Should().Equal(1_000, 10_000, 100_000);
        options.Connections.Should().Be(32);
        options.WarmupWindow.Should().Be(TimeSpan.FromSeconds(5));
        options.WarmupWindows.Should().Be(12);
        options.RateWorkers.Should().Be(16);
        options.Quick.Should().BeFalse();
        options.SpotifyLatency.Should().Be(TimeSpan.FromMilliseconds(80));
        options.Output.Should().Be("docs/benchmarks.md");
    }

    [Fact]
    public void Parse_Quick_ShrinksTheRunAndLetsLaterOptionsApply()
    {
        var options = BenchmarkOptions.Parse(["--connections", "8", "--quick", "--output", "-"]);

        options.Quick.Should().BeTrue();
        options.UserCounts.Should().Equal(1_000);
        options.WarmupWindow.Should().Be(TimeSpan.FromSeconds(2));
        options.WarmupWindows.Should().Be(3);
        options.Duration.Should().Be(TimeSpan.FromSeconds(3));
        options.Connections.Should().Be(8);
        options.Output.Should().Be("-");
    }

    [Fact]
    public void Parse_Values_SetsEachOption()
    {
        var options = BenchmarkOptions.Parse(
            ["--users", "500, 2000", "--connections", "24", "--duration", "5", "--warmup", "0", "--warmup-window", "2", "--warmup-windows", "4", "--rate-workers", "8", "--spotify-latency-ms", "0", "--output", "-"]);

        options.UserCounts.Should().Equal(500, 2000);
        options.Connections.Should().Be(24);
        options.WarmupWindow.Should().Be(TimeSpan.FromSeconds(2));
        options.WarmupWindows.Should().Be(4);
        options.RateWorkers.Should().Be(8);
        options.Duration.Should().Be(TimeSpan.FromSeconds(5));
        options.Warmup.Should().Be(TimeSpan.Zero);
        options.SpotifyLatency.Should().Be(TimeSpan.Zero);
        options.Output.Should().Be("-");
    }

    [Theory]
    [InlineData("--users", "10000,1000")]
    [InlineData("--users", "")]
    [InlineData("--connections", "0")]
    [InlineData("--duration", "-1")]
    [InlineData("--duration", "ten")]
    [InlineData("--warmup-windows", "0")]
    [InlineData("--rate-workers", "-2")]
    [InlineData("--threads", "4")]
    public void Parse_BadValue_ThrowsWithTheOptionsName(string name, string value) =>
        FluentActions.Invoking(() => BenchmarkOptions.Parse([name, value]))
            .Should().Throw<ArgumentException>().WithMessage($"*{name}*");

    [Fact]
    public void Parse_OptionWithoutValue_Throws() =>
        FluentActions.Invoking(() => BenchmarkOptions.Parse(["--users"])).Should().Throw<ArgumentException>();

    [Fact]
    public void Parse_NoArguments_RunsEveryScenarioAtFullSize()
    {
        var options = BenchmarkOptions.Parse([]);

        options.Scenarios.Should().Equal("pages", "history", "import", "collector");
        options.Quick.Should().BeFalse();
    }

    [Fact]
    public void Parse_ScenariosAndQuick_RunsOnlyThoseInTheirOrder()
    {
        var options = BenchmarkOptions.Parse(["--scenarios", "collector, import,history", "--quick", "--duration", "5"]);

        options.Scenarios.Should().Equal("history", "import", "collector");
        options.Runs("pages").Should().BeFalse();
        options.Runs("collector").Should().BeTrue();
        options.Quick.Should().BeTrue();
        options.Duration.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("imports")]
    [InlineData(",")]
    public void Parse_UnknownScenario_Throws(string value) =>
        FluentActions.Invoking(() => BenchmarkOptions.Parse(["--scenarios", value]))
            .Should().Throw<ArgumentException>().WithMessage("*--scenarios*");
}
