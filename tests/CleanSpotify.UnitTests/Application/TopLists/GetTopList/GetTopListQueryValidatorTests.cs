using CleanSpotify.Application.TopLists.GetTopList;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using FluentValidation.TestHelper;

namespace CleanSpotify.UnitTests.Application.TopLists.GetTopList;

public sealed class GetTopListQueryValidatorTests
{
    private readonly GetTopListQueryValidator _validator = new();

    [Theory]
    [InlineData(TopListKind.Tracks, TimeRange.ShortTerm)]
    [InlineData(TopListKind.Tracks, TimeRange.MediumTerm)]
    [InlineData(TopListKind.Tracks, TimeRange.LongTerm)]
    [InlineData(TopListKind.Artists, TimeRange.ShortTerm)]
    [InlineData(TopListKind.Artists, TimeRange.MediumTerm)]
    [InlineData(TopListKind.Artists, TimeRange.LongTerm)]
    public void Validate_WithKnownListAndRange_Passes(TopListKind list, TimeRange range)
    {
        _validator.TestValidate(new GetTopListQuery(list, range, 1)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(TopListKind.Tracks)]
    [InlineData(TopListKind.Artists)]
    public void Validate_WithUnknownRange_FailsNamingTheValidValues(TopListKind list)
    {
        var result = _validator.TestValidate(new GetTopListQuery(list, (TimeRange)99, 1));

        result.ShouldHaveValidationErrorFor(q => q.Range).WithErrorMessage(
            "The range must be short_term (last 4 weeks), medium_term (last 6 months) or long_term (last year).");
    }

    [Fact]
    public void Validate_WithUnknownList_FailsOnList()
    {
        var result = _validator.TestValidate(new GetTopListQuery((TopListKind)99, TimeRange.ShortTerm, 1));

        result.ShouldHaveValidationErrorFor(q => q.List).WithErrorMessage("The list must be tracks or artists.");
        result.ShouldNotHaveValidationErrorFor(q => q.Range);
    }

    [Theory]
    [InlineData(TopListKind.Tracks, 1)]
    [InlineData(TopListKind.Tracks, 2)]
    [InlineData(TopListKind.Tracks, 1000)]
    [InlineData(TopListKind.Artists, 1)]
    [InlineData(TopListKind.Artists, 1000)]
    public void Validate_WithPageFromOneToMax_Passes(TopListKind list, int page)
    {
        _validator.TestValidate(new GetTopListQuery(list, TimeRange.ShortTerm, page)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(TopListKind.Tracks, 0)]
    [InlineData(TopListKind.Tracks, -1)]
    [InlineData(TopListKind.Tracks, 1001)]
    [InlineData(TopListKind.Artists, 0)]
    [InlineData(TopListKind.Artists, 1001)]
    public void Validate_WithPageOutsideOneToMax_FailsOnPage(TopListKind list, int page)
    {
        var result = _validator.TestValidate(new GetTopListQuery(list, TimeRange.ShortTerm, page));

        result.ShouldHaveValidationErrorFor(q => q.Page).WithErrorMessage("The page must be a whole number from 1 to 1000.");
        result.ShouldNotHaveValidationErrorFor(q => q.Range);
    }
}
