using CleanSpotify.Application.Export;

namespace CleanSpotify.UnitTests.Application.Export;

public sealed class ExportFileTests
{
    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(5_000, "0:05")]
    [InlineData(65_999, "1:05")]
    [InlineData(600_000, "10:00")]
    [InlineData(3_725_000, "62:05")]
    public void Duration_IsMinutesAndTwoDigitSeconds(int milliseconds, string expected)
    {
        ExportFile.Duration(TimeSpan.FromMilliseconds(milliseconds)).Should().Be(expected);
    }

    [Fact]
    public void Timestamp_IsUtcIso8601WithMilliseconds()
    {
        ExportFile.Timestamp(new DateTimeOffset(2026, 11, 29, 1, 15, 42, 123, TimeSpan.FromHours(2))).Should().Be("2026-11-28T23:15:42.123Z");
    }

    [Fact]
    public void FileName_UsesTheUtcDate()
    {
        var exportedAt = new DateTimeOffset(2026, 11, 30, 0, 30, 0, TimeSpan.FromHours(2));

        ExportFile.FileName("top-tracks-short_term", exportedAt).Should().Be("cleanspotify-top-tracks-short_term-2026-11-29");
        ExportFile.FileName("recently-played", exportedAt).Should().Be("cleanspotify-recently-played-2026-11-29");
    }
}
