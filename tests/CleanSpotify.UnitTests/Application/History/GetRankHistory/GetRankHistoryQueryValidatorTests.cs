using CleanSpotify.Application.History.GetRankHistory;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using FluentValidation.TestHelper;

namespace CleanSpotify.UnitTests.Application.History.GetRankHistory;

public sealed class GetRankHistoryQueryValidatorTests
{
    private static readonly string LongestId = new('a', 64);

    private readonly GetRankHistoryQueryValidator _validator = new();

    [Theory]
    [InlineData(TopListKind.Tracks, TimeRange.ShortTerm, "4uLU6hMCjMI75M1A2tKUQC")]
    [InlineData(TopListKind.Artists, TimeRange.LongTerm, "0OdUWJ0sBjDrqHygGUXeCF")]
    [InlineData(TopListKind.Tracks, TimeRange.MediumTerm, "x1")]
    [InlineData(TopListKind.Artists, TimeRange.MediumTerm, "Z")]
    public void Validate_WithListRangeAndSpotifyId_Passes(TopListKind list, TimeRange range, string id)
    {
        var result = _validator.TestValidate(new GetRankHistoryQuery(list, range, id));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WithA64CharacterId_Passes()
    {
        _validator.TestValidate(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.MediumTerm, LongestId)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WithUnknownList_FailsOnList()
    {
        var result = _validator.TestValidate(new GetRankHistoryQuery((TopListKind)99, TimeRange.ShortTerm, "x"));

        result.ShouldHaveValidationErrorFor(q => q.List).WithErrorMessage("The list must be tracks or artists.");
        result.ShouldNotHaveValidationErrorFor(q => q.Id);
    }

    [Fact]
    public void Validate_WithUnknownRange_FailsOnRange()
    {
        var result = _validator.TestValidate(new GetRankHistoryQuery(TopListKind.Tracks, (TimeRange)99, "x"));

        result.ShouldHaveValidationErrorFor(q => q.Range);
        result.ShouldNotHaveValidationErrorFor(q => q.List);
    }

    [Fact]
    public void Validate_WithoutId_AsksWhichItemToShow()
    {
        var result = _validator.TestValidate(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.ShortTerm, string.Empty));

        result.ShouldHaveValidationErrorFor(q => q.Id).WithErrorMessage("Say which track or artist to show.");
    }

    [Theory]
    [InlineData("abc-def")]
    [InlineData("abc_def")]
    [InlineData("../etc")]
    [InlineData("a b")]
    [InlineData("spotify:track:abc")]
    [InlineData("é1")]
    public void Validate_WithCharactersOutsideASpotifyId_FailsOnId(string id)
    {
        var result = _validator.TestValidate(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.ShortTerm, id));

        result.ShouldHaveValidationErrorFor(q => q.Id).WithErrorMessage("That is not a Spotify id.");
    }

    [Fact]
    public void Validate_WithA65CharacterId_FailsOnId()
    {
        var result = _validator.TestValidate(new GetRankHistoryQuery(TopListKind.Tracks, TimeRange.ShortTerm, LongestId + "a"));

        result.ShouldHaveValidationErrorFor(q => q.Id).WithErrorMessage("That is not a Spotify id.");
    }
}
