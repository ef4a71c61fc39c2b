using CleanSpotify.Application.Export.ExportRecentlyPlayed;
using FluentValidation.TestHelper;

namespace CleanSpotify.Application.UnitTests.Export.ExportRecentlyPlayed;

public sealed class ExportRecentlyPlayedQueryValidatorTests
{
    private readonly ExportRecentlyPlayedQueryValidator _validator = new();

    [Theory]
    [InlineData(null)]
    [InlineData("csv")]
    [InlineData("json")]
    public void Validate_WithKnownOrNoFormat_Passes(string? format)
    {
        _validator.TestValidate(new ExportRecentlyPlayedQuery(format)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("jsonl")]
    public void Validate_WithUnknownFormat_FailsOnFormat(string format)
    {
        _validator.TestValidate(new ExportRecentlyPlayedQuery(format)).ShouldHaveValidationErrorFor(q => q.Format);
    }
}
