using CleanSpotify.Application.Export;
using CleanSpotify.Application.Export.ExportRecentlyPlayed;
using FluentValidation.TestHelper;

namespace CleanSpotify.UnitTests.Application.Export.ExportRecentlyPlayed;

public sealed class ExportRecentlyPlayedQueryValidatorTests
{
    private readonly ExportRecentlyPlayedQueryValidator _validator = new();

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Json)]
    public void Validate_WithKnownFormat_Passes(ExportFormat format)
    {
        _validator.TestValidate(new ExportRecentlyPlayedQuery(format)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WithUnknownFormat_FailsOnFormat()
    {
        _validator.TestValidate(new ExportRecentlyPlayedQuery((ExportFormat)99)).ShouldHaveValidationErrorFor(q => q.Format);
    }
}
