using CleanSpotify.Application.Artists.GetTopArtists;
using FluentValidation.TestHelper;

namespace CleanSpotify.Application.UnitTests.Artists.GetTopArtists;

public sealed class GetTopArtistsQueryValidatorTests
{
    private readonly GetTopArtistsQueryValidator _validator = new();

    [Theory]
    [InlineData("short_term", "1")]
    [InlineData("medium_term", "1000")]
    [InlineData("long_term", "")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Validate_WithKnownOrNoRangeAndPage_Passes(string? range, string? page)
    {
        var result = _validator.TestValidate(new GetTopArtistsQuery(range, page));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("weekly")]
    [InlineData("LONG_TERM")]
    [InlineData("short-term")]
    public void Validate_WithUnknownRange_FailsNamingTheValidValues(string range)
    {
        var result = _validator.TestValidate(new GetTopArtistsQuery(range, null));

        result.ShouldHaveValidationErrorFor(q => q.Range).WithErrorMessage(
            "The range must be short_term (last 4 weeks), medium_term (last 6 months) or long_term (last year).");
        result.ShouldNotHaveValidationErrorFor(q => q.Page);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1001")]
    [InlineData("two")]
    [InlineData("1 ")]
    public void Validate_WithInvalidPage_FailsOnPage(string page)
    {
        var result = _validator.TestValidate(new GetTopArtistsQuery("short_term", page));

        result.ShouldHaveValidationErrorFor(q => q.Page).WithErrorMessage("The page must be a whole number from 1 to 1000.");
        result.ShouldNotHaveValidationErrorFor(q => q.Range);
    }
}
