using CleanSpotify.Benchmarks;
using CleanSpotify.Benchmarks.Load;
using CleanSpotify.Benchmarks.Reporting;

namespace CleanSpotify.UnitTests.Benchmarks;

public sealed class MarkdownReportTests
{
    private const string Generated = MarkdownReport.StartMarker + "\nnew figures\n" + MarkdownReport.EndMarker + "\n";

    [Fact]
    public void Merge_NewFile_StartsWithATitleAndHoldsTheGeneratedPart()
    {
        var text = MarkdownReport.Merge(null, Generated);

        text.Should().StartWith("# Benchmarks").And.EndWith(Generated);
    }

    [Fact]
    public void Merge_ExistingFile_ReplacesOnlyTheGeneratedPart()
    {
        var existing = "# Benchmarks\n\nintro by hand\n\n" + MarkdownReport.StartMarker + "\nold figures\n" + MarkdownReport.EndMarker + "\n\n## Findings\n\nkept\n";

        var text = MarkdownReport.Merge(existing, Generated);

        text.Should().Be("# Benchmarks\n\nintro by hand\n\n" + Generated + "\n## Findings\n\nkept\n");
    }

    [Fact]
    public void Merge_FileWithoutMarkers_AppendsTheGeneratedPart() =>
        MarkdownReport.Merge("# Notes\n", Generated).Should().Be("# Notes\n\n" + Generated);

    [Fact]
    public void Render_WritesTheMachineTheRowsAndEachTargetsVerdict()
    {
        var load = new LoadResult(new LatencySummary(3000, 5, 4.5, 9.25, 12.04, 30), 2, TimeSpan.FromSeconds(10));
        var report = new BenchmarkReport(
            new MachineInfo(2, "Test CPU", 32L * 1024 * 1024, 2L * 1024 * 1024 * 1024, "Linux", ".NET 10.0.0"),
            new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero),
            TimeSpan.FromMinutes(6),
            "abc123",
            "0.50 0.40 0.30",
            "1.50 1.00 0.50",
            BenchmarkOptions.Parse([]),
            [
                new ScenarioResult("Cached top-tracks page", 1000, 64, load, 0, 0, 150L * 1024 * 1024, "0.80 × ceiling", 1.234),
                new ScenarioResult("Sign-in form", 1000, 2, load, 0, 0, 150L * 1024 * 1024, "GET, POST"),
            ],
            [new TargetCheck("p99 < 25 ms", "p99 12.0 ms", true), new TargetCheck("≥ 0.7 × ceiling", "0.50", false)],
            ["Seeding took 1 s"],
            ["Cached page / ceiling: 0.80"]);

        var text = MarkdownReport.Render(report);

        text.Should().StartWith(MarkdownReport.StartMarker).And.EndWith(MarkdownReport.EndMarker + "\n");
        text.Should().Contain("2026-12-01 09:30 UTC").And.Contain("`abc123`").And.Contain("2 cores (Test CPU, 32 MiB cache), 2.0 GiB");
        text.Should().Contain("| Cached top-tracks page | 1,000 | 64 | 3,000 | 300 | 4.5 | 9.3 | 12.0 | 2 | 1.23 | 0 | 0 | 150 | 0.80 × ceiling |");
        text.Should().Contain("| Sign-in form | 1,000 | 2 | 3,000 | 300 | 4.5 | 9.3 | 12.0 | 2 | – | 0 | 0 | 150 | GET, POST |");
        text.Should().Contain("### Targets (issue #15)");
        text.Should().Contain("| p99 < 25 ms | p99 12.0 ms | PASS |").And.Contain("| ≥ 0.7 × ceiling | 0.50 | **MISS** |");
        text.Should().Contain("- Seeding took 1 s").And.Contain("- Cached page / ceiling: 0.80");
    }
}
