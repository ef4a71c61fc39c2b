using CleanSpotify.Application.Export;
using CleanSpotify.Application.Export.ExportTopArtists;
using CleanSpotify.Domain.Tracks;
using FluentValidation.TestHelper;

namespace CleanSpotify.UnitTests.Application.Export.ExportTopArtists;

public sealed class ExportTopArtistsQueryValidatorTests
{
    private readonly ExportTopArtistsQueryValidator _validator = new();

    [Theory]
    [InlineData(TimeRange.ShortTerm, ExportFormat.Csv)]
    [InlineData(TimeRange.LongTerm, ExportFormat.Json)]
    public void Validate_WithKnownRangeAndFormat_Passes(TimeRange range, ExportFormat format)
    {
        _validator.TestValidate(new ExportTopArtistsQuery(range, format)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WithUnknownFormat_FailsOnFormat()
    {
        _validator.TestValidate(new ExportTopArtistsQuery(TimeRange.ShortTerm, (ExportFormat)99))
            .ShouldHaveValidationErrorFor(q => q.Format).WithErrorMessage("The format must be csv or json.");
    }

    [Fact]
    public void Validate_WithUnknownRange_FailsOnRange()
    {
        _validator.TestValidate(new ExportTopArtistsQuery((TimeRange)99, ExportFormat.Csv)).ShouldHaveValidationErrorFor(q => q.Range);
    }
}
