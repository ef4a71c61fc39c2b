using CleanSpotify.Application.Tracks.GetTopTracks;
using FluentValidation.TestHelper;

namespace CleanSpotify.Application.UnitTests.Tracks.GetTopTracks;

public sealed class GetTopTracksQueryValidatorTests
{
    private readonly GetTopTracksQueryValidator _validator = new();

    [Theory]
    [InlineData("short_term")]
    [InlineData("medium_term")]
    [InlineData("long_term")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_WithKnownOrNoRange_Passes(string? range)
    {
        var result = _validator.TestValidate(new GetTopTracksQuery(range, null));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("weekly")]
    [InlineData("SHORT_TERM")]
    [InlineData("ShortTerm")]
    public void Validate_WithUnknownRange_FailsNamingTheValidValues(string range)
    {
        var result = _validator.TestValidate(new GetTopTracksQuery(range, null));

        var error = result.ShouldHaveValidationErrorFor(q => q.Range).Should().ContainSingle().Subject;
        error.ErrorMessage.Should().Contain("short_term").And.Contain("medium_term").And.Contain("long_term");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("1000")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_WithPageFromOneToMaxOrNone_Passes(string? page)
    {
        var result = _validator.TestValidate(new GetTopTracksQuery("short_term", page));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("1e2")]
    [InlineData("1001")]
    [InlineData("99999999999")]
    public void Validate_WithInvalidPage_FailsOnPage(string page)
    {
        var result = _validator.TestValidate(new GetTopTracksQuery("short_term", page));

        result.ShouldHaveValidationErrorFor(q => q.Page)
            .WithErrorMessage("The page must be a whole number from 1 to 1000.");
        result.ShouldNotHaveValidationErrorFor(q => q.Range);
    }
}
