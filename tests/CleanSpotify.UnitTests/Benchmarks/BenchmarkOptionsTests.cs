using CleanSpotify.Benchmarks;

namespace CleanSpotify.UnitTests.Benchmarks;

public sealed class BenchmarkOptionsTests
{
    [Fact]
    public void Parse_NoArguments_GivesTheIssuesDefaults()
    {
        var options = BenchmarkOptions.Parse([]);

        options.UserCounts.Should().Equal(1_000, 10_000, 100_000);
        options.Connections.Should().Be(64);
        options.SpotifyLatency.Should().Be(TimeSpan.FromMilliseconds(80));
        options.Output.Should().Be("docs/benchmarks.md");
    }

    [Fact]
    public void Parse_Values_SetsEachOption()
    {
        var options = BenchmarkOptions.Parse(
            ["--users", "500, 2000", "--connections", "32", "--duration", "5", "--warmup", "0", "--spotify-latency-ms", "0", "--output", "-"]);

        options.UserCounts.Should().Equal(500, 2000);
        options.Connections.Should().Be(32);
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
    [InlineData("--threads", "4")]
    public void Parse_BadValue_ThrowsWithTheOptionsName(string name, string value) =>
        FluentActions.Invoking(() => BenchmarkOptions.Parse([name, value]))
            .Should().Throw<ArgumentException>().WithMessage($"*{name}*");

    [Fact]
    public void Parse_OptionWithoutValue_Throws() =>
        FluentActions.Invoking(() => BenchmarkOptions.Parse(["--users"])).Should().Throw<ArgumentException>();

    [Fact]
    public void Parse_NoArguments_RunsEveryScenarioInFull()
    {
        var options = BenchmarkOptions.Parse([]);

        options.Runs(BenchmarkOptions.PagesScenario).Should().BeTrue();
        options.Runs("history").Should().BeTrue();
        options.Quick.Should().BeFalse();
    }

    [Fact]
    public void Parse_Scenarios_RunsOnlyThose()
    {
        var options = BenchmarkOptions.Parse(["--scenarios", "history"]);

        options.Runs("history").Should().BeTrue();
        options.Runs(BenchmarkOptions.PagesScenario).Should().BeFalse();
    }

    [Fact]
    public void Parse_UnknownScenario_Throws() =>
        FluentActions.Invoking(() => BenchmarkOptions.Parse(["--scenarios", "history,imports"]))
            .Should().Throw<ArgumentException>().WithMessage("*imports*");

    [Fact]
    public void Parse_Quick_ShrinksTheRunAndLetsLaterOptionsOverride()
    {
        var options = BenchmarkOptions.Parse(["--quick", "--duration", "7", "--scenarios", "history"]);

        options.Quick.Should().BeTrue();
        options.UserCounts.Should().Equal(1_000);
        options.Duration.Should().Be(TimeSpan.FromSeconds(7));
        options.Runs("history").Should().BeTrue();
    }
}
