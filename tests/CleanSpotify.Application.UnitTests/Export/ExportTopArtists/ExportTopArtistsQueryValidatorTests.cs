using CleanSpotify.Application.Export.ExportTopArtists;
using FluentValidation.TestHelper;

namespace CleanSpotify.Application.UnitTests.Export.ExportTopArtists;

public sealed class ExportTopArtistsQueryValidatorTests
{
    private readonly ExportTopArtistsQueryValidator _validator = new();

    [Theory]
    [InlineData("medium_term", "json")]
    [InlineData(null, "Csv")]
    public void Validate_WithKnownRangeAndFormat_Passes(string? range, string format)
    {
        _validator.TestValidate(new ExportTopArtistsQuery(range, format)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WithUnknownFormat_FailsOnFormat()
    {
        _validator.TestValidate(new ExportTopArtistsQuery("short_term", "pdf")).ShouldHaveValidationErrorFor(q => q.Format);
    }

    [Fact]
    public void Validate_WithUnknownRange_FailsOnRange()
    {
        _validator.TestValidate(new ExportTopArtistsQuery("Short_Term", "csv")).ShouldHaveValidationErrorFor(q => q.Range);
    }
}
