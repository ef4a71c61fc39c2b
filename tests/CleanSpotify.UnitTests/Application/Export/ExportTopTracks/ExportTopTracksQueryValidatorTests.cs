using CleanSpotify.Application.Export;
using CleanSpotify.Application.Export.ExportTopTracks;
using CleanSpotify.Domain.Tracks;
using FluentValidation.TestHelper;

namespace CleanSpotify.UnitTests.Application.Export.ExportTopTracks;

public sealed class ExportTopTracksQueryValidatorTests
{
    private readonly ExportTopTracksQueryValidator _validator = new();

    [Theory]
    [InlineData(TimeRange.ShortTerm, ExportFormat.Csv)]
    [InlineData(TimeRange.LongTerm, ExportFormat.Json)]
    public void Validate_WithKnownRangeAndFormat_Passes(TimeRange range, ExportFormat format)
    {
        _validator.TestValidate(new ExportTopTracksQuery(range, format)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WithUnknownFormat_FailsOnFormat()
    {
        _validator.TestValidate(new ExportTopTracksQuery(TimeRange.ShortTerm, (ExportFormat)99))
            .ShouldHaveValidationErrorFor(q => q.Format).WithErrorMessage("The format must be csv or json.");
    }

    [Fact]
    public void Validate_WithUnknownRange_FailsOnRange()
    {
        _validator.TestValidate(new ExportTopTracksQuery((TimeRange)99, ExportFormat.Csv)).ShouldHaveValidationErrorFor(q => q.Range);
    }
}
