using CleanSpotify.Benchmarks.Hosting;

namespace CleanSpotify.UnitTests.Benchmarks;

public sealed class ProcessCpuTests
{
    [Fact]
    public void Parse_StatLine_AddsUserAndSystemTicks()
    {
        const string Stat = "4242 (dotnet) S 1 4242 4242 0 -1 4194560 9188 0 0 0 1234 566 0 0 20 0 23 0 1000 3000000000 50000 18446744073709551615";

        ProcessCpu.Parse(Stat).Should().Be(TimeSpan.FromSeconds(18));
    }

    [Fact]
    public void Parse_CommandWithSpacesAndParentheses_CountsFieldsAfterTheLastParenthesis()
    {
        const string Stat = "7 (a) b (c)) R 1 7 7 0 -1 0 0 0 0 0 250 50 0 0 20 0 1 0 1 1 1";

        ProcessCpu.Parse(Stat).Should().Be(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void Parse_ShortLine_Throws() =>
        FluentActions.Invoking(() => ProcessCpu.Parse("7 (dotnet) S 1 2")).Should().Throw<FormatException>();

    [Fact]
    public void Read_ThisProcess_IsPositive() =>
        ProcessCpu.Read(Environment.ProcessId).Should().BePositive();
}
