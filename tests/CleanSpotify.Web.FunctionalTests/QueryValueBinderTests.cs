using CleanSpotify.Application.Export;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Web.Http;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>The URL words the Web edge binds to typed values before any use case runs.</summary>
public sealed class QueryValueBinderTests
{
    [Theory]
    [InlineData("short_term", TimeRange.ShortTerm)]
    [InlineData("medium_term", TimeRange.MediumTerm)]
    [InlineData("long_term", TimeRange.LongTerm)]
    [InlineData("", TimeRange.MediumTerm)]
    [InlineData(null, TimeRange.MediumTerm)]
    public void Range_WithKnownOrNoValue_Binds(string? value, TimeRange expected)
    {
        TimeRangeNames.TryParse(value, out var range).Should().BeTrue();
        range.Should().Be(expected);
    }

    [Theory]
    [InlineData("weekly")]
    [InlineData("SHORT_TERM")]
    [InlineData("ShortTerm")]
    public void Range_WithUnknownValue_DoesNotBind(string value)
    {
        TimeRangeNames.TryParse(value, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("1000", 1000)]
    [InlineData("0", 0)]
    [InlineData("", 1)]
    [InlineData(null, 1)]
    public void Page_WithDigitsOrNoValue_Binds(string? value, int expected)
    {
        PageNumberBinder.TryParse(value, out var page).Should().BeTrue();
        page.Should().Be(expected);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("1e2")]
    [InlineData("99999999999")]
    public void Page_WithAnythingButDigits_DoesNotBind(string value)
    {
        PageNumberBinder.TryParse(value, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("JSON", ExportFormat.Json)]
    [InlineData("json", ExportFormat.Json)]
    [InlineData("", ExportFormat.Csv)]
    [InlineData(null, ExportFormat.Csv)]
    public void Format_WithKnownOrNoValue_Binds(string? value, ExportFormat expected)
    {
        QueryValueBinderProvider.TryParseFormat(value, out var format).Should().BeTrue();
        format.Should().Be(expected);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("csv ")]
    [InlineData("xlsx")]
    [InlineData("jsonl")]
    public void Format_WithUnknownValue_DoesNotBind(string value)
    {
        QueryValueBinderProvider.TryParseFormat(value, out _).Should().BeFalse();
    }
}
