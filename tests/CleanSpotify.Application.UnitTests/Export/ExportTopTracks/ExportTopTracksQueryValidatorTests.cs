using CleanSpotify.Application.Export.ExportTopTracks;
using FluentValidation.TestHelper;

namespace CleanSpotify.Application.UnitTests.Export.ExportTopTracks;

public sealed class ExportTopTracksQueryValidatorTests
{
    private readonly ExportTopTracksQueryValidator _validator = new();

    [Theory]
    [InlineData("short_term", "csv")]
    [InlineData("long_term", "JSON")]
    [InlineData(null, null)]
    [InlineData("", "")]
    public void Validate_WithKnownOrNoRangeAndFormat_Passes(string? range, string? format)
    {
        _validator.TestValidate(new ExportTopTracksQuery(range, format)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("csv ")]
    [InlineData("xlsx")]
    public void Validate_WithUnknownFormat_FailsOnFormat(string format)
    {
        _validator.TestValidate(new ExportTopTracksQuery("short_term", format))
            .ShouldHaveValidationErrorFor(q => q.Format).WithErrorMessage("The format must be csv or json.");
    }

    [Fact]
    public void Validate_WithUnknownRange_FailsOnRange()
    {
        _validator.TestValidate(new ExportTopTracksQuery("weekly", "csv")).ShouldHaveValidationErrorFor(q => q.Range);
    }
}
