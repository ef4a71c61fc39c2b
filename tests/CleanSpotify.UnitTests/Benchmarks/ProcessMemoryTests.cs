using CleanSpotify.Benchmarks.Hosting;

namespace CleanSpotify.UnitTests.Benchmarks;

public sealed class ProcessMemoryTests
{
    private const string Status = "Name:\tdotnet\nVmPeak:\t 5000 kB\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n";

    [Fact]
    public void ParseField_ReadsKilobytesSeparatedByTabsAndSpaces()
    {
        ProcessMemory.ParseField(Status, "VmRSS:").Should().Be(100L * 1024 * 1024);
        ProcessMemory.ParseField(Status, "VmHWM:").Should().Be(200L * 1024 * 1024);
    }

    [Fact]
    public void ParseField_Missing_IsZero() => ProcessMemory.ParseField(Status, "VmSwap:").Should().Be(0);
}
