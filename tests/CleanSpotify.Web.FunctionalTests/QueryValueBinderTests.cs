using CleanSpotify.Application.Export;
using CleanSpotify.Application.Playlists;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Web.Http;

namespace CleanSpotify.Web.FunctionalTests;

/// <summary>The URL and form words the Web edge binds to typed values before any use case runs.</summary>
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

    [Theory]
    [InlineData("tracks", TopListKind.Tracks)]
    [InlineData("artists", TopListKind.Artists)]
    public void List_WithKnownValue_Binds(string value, TopListKind expected)
    {
        QueryValueBinderProvider.TryParseList(value, out var kind).Should().BeTrue();
        kind.Should().Be(expected);
    }

    [Theory]
    [InlineData("playlists")]
    [InlineData("Tracks")]
    [InlineData("track")]
    [InlineData("")]
    [InlineData(null)]
    public void List_WithUnknownOrNoValue_DoesNotBind(string? value)
    {
        QueryValueBinderProvider.TryParseList(value, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("page", TrackSelectionKind.Page, 0)]
    [InlineData("all", TrackSelectionKind.All, 0)]
    [InlineData("1", TrackSelectionKind.Top, 1)]
    [InlineData("1000", TrackSelectionKind.Top, 1000)]
    public void Count_WithAChoiceOrANumber_BindsAndReadsBack(string value, TrackSelectionKind kind, int number)
    {
        QueryValueBinderProvider.TryParseSelection(value, out var selection).Should().BeTrue();
        selection.Should().Be(new TrackSelection(kind, number));
        QueryValueBinderProvider.ToFormValue(selection).Should().Be(value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1001")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("ALL")]
    [InlineData("Page")]
    [InlineData("everything")]
    public void Count_WithAnythingElse_DoesNotBind(string? value)
    {
        QueryValueBinderProvider.TryParseSelection(value, out _).Should().BeFalse();
    }

    [Fact]
    public void RequestId_AsRendered_Binds()
    {
        RequestIdBinder.TryParse("6f1c2a9e-3b7d-4c55-9a0e-2d8f4b1c7e10", out var requestId).Should().BeTrue();
        requestId.Should().Be(Guid.Parse("6f1c2a9e-3b7d-4c55-9a0e-2d8f4b1c7e10"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("6f1c2a9e3b7d4c559a0e2d8f4b1c7e10")]
    [InlineData("{6f1c2a9e-3b7d-4c55-9a0e-2d8f4b1c7e10}")]
    public void RequestId_MissingEmptyOrInAnotherFormat_DoesNotBind(string? value)
    {
        RequestIdBinder.TryParse(value, out _).Should().BeFalse();
    }
}
