using CleanSpotify.Application.Artists.GetTopArtists;
using CleanSpotify.Domain.Tracks;
using FluentValidation.TestHelper;

namespace CleanSpotify.UnitTests.Application.Artists.GetTopArtists;

public sealed class GetTopArtistsQueryValidatorTests
{
    private readonly GetTopArtistsQueryValidator _validator = new();

    [Theory]
    [InlineData(TimeRange.ShortTerm)]
    [InlineData(TimeRange.MediumTerm)]
    [InlineData(TimeRange.LongTerm)]
    public void Validate_WithKnownRange_Passes(TimeRange range)
    {
        _validator.TestValidate(new GetTopArtistsQuery(range, 1)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WithUnknownRange_FailsNamingTheValidValues()
    {
        var result = _validator.TestValidate(new GetTopArtistsQuery((TimeRange)99, 1));

        result.ShouldHaveValidationErrorFor(q => q.Range).WithErrorMessage(
            "The range must be short_term (last 4 weeks), medium_term (last 6 months) or long_term (last year).");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1000)]
    public void Validate_WithPageFromOneToMax_Passes(int page)
    {
        _validator.TestValidate(new GetTopArtistsQuery(TimeRange.ShortTerm, page)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    public void Validate_WithPageOutsideOneToMax_FailsOnPage(int page)
    {
        var result = _validator.TestValidate(new GetTopArtistsQuery(TimeRange.ShortTerm, page));

        result.ShouldHaveValidationErrorFor(q => q.Page).WithErrorMessage("The page must be a whole number from 1 to 1000.");
        result.ShouldNotHaveValidationErrorFor(q => q.Range);
    }
}
