using CleanSpotify.Application.Export;
using CleanSpotify.Application.Export.ExportTopList;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using FluentValidation.TestHelper;

namespace CleanSpotify.UnitTests.Application.Export.ExportTopList;

public sealed class ExportTopListQueryValidatorTests
{
    private readonly ExportTopListQueryValidator _validator = new();

    [Theory]
    [InlineData(TopListKind.Tracks, TimeRange.ShortTerm, ExportFormat.Csv)]
    [InlineData(TopListKind.Tracks, TimeRange.LongTerm, ExportFormat.Json)]
    [InlineData(TopListKind.Artists, TimeRange.ShortTerm, ExportFormat.Csv)]
    [InlineData(TopListKind.Artists, TimeRange.LongTerm, ExportFormat.Json)]
    public void Validate_WithKnownListRangeAndFormat_Passes(TopListKind list, TimeRange range, ExportFormat format)
    {
        _validator.TestValidate(new ExportTopListQuery(list, range, format)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(TopListKind.Tracks)]
    [InlineData(TopListKind.Artists)]
    public void Validate_WithUnknownFormat_FailsOnFormat(TopListKind list)
    {
        _validator.TestValidate(new ExportTopListQuery(list, TimeRange.ShortTerm, (ExportFormat)99))
            .ShouldHaveValidationErrorFor(q => q.Format).WithErrorMessage("The format must be csv or json.");
    }

    [Theory]
    [InlineData(TopListKind.Tracks)]
    [InlineData(TopListKind.Artists)]
    public void Validate_WithUnknownRange_FailsOnRange(TopListKind list)
    {
        _validator.TestValidate(new ExportTopListQuery(list, (TimeRange)99, ExportFormat.Csv)).ShouldHaveValidationErrorFor(q => q.Range);
    }

    [Fact]
    public void Validate_WithUnknownList_FailsOnList()
    {
        _validator.TestValidate(new ExportTopListQuery((TopListKind)99, TimeRange.ShortTerm, ExportFormat.Csv))
            .ShouldHaveValidationErrorFor(q => q.List).WithErrorMessage("The list must be tracks or artists.");
    }
}
