using CleanSpotify.Application.History.GetRankHistory;
using FluentValidation.TestHelper;

namespace CleanSpotify.Application.UnitTests.History.GetRankHistory;

public sealed class GetRankHistoryQueryValidatorTests
{
    private static readonly string LongestId = new('a', 64);

    private readonly GetRankHistoryQueryValidator _validator = new();

    [Theory]
    [InlineData("tracks", "short_term", "4uLU6hMCjMI75M1A2tKUQC")]
    [InlineData("artists", "long_term", "0OdUWJ0sBjDrqHygGUXeCF")]
    [InlineData("tracks", null, "x1")]
    [InlineData("artists", "", "Z")]
    public void Validate_WithListRangeAndSpotifyId_Passes(string list, string? range, string id)
    {
        var result = _validator.TestValidate(new GetRankHistoryQuery(list, range, id));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WithA64CharacterId_Passes()
    {
        _validator.TestValidate(new GetRankHistoryQuery("tracks", null, LongestId)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("playlists")]
    [InlineData("Tracks")]
    [InlineData("track")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_WithUnknownList_FailsOnList(string? list)
    {
        var result = _validator.TestValidate(new GetRankHistoryQuery(list, "short_term", "x"));

        result.ShouldHaveValidationErrorFor(q => q.List).WithErrorMessage("The list must be tracks or artists.");
        result.ShouldNotHaveValidationErrorFor(q => q.Id);
    }

    [Fact]
    public void Validate_WithUnknownRange_FailsOnRange()
    {
        var result = _validator.TestValidate(new GetRankHistoryQuery("tracks", "weekly", "x"));

        result.ShouldHaveValidationErrorFor(q => q.Range);
        result.ShouldNotHaveValidationErrorFor(q => q.List);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_WithoutId_AsksWhichItemToShow(string? id)
    {
        var result = _validator.TestValidate(new GetRankHistoryQuery("tracks", "short_term", id));

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
        var result = _validator.TestValidate(new GetRankHistoryQuery("tracks", "short_term", id));

        result.ShouldHaveValidationErrorFor(q => q.Id).WithErrorMessage("That is not a Spotify id.");
    }

    [Fact]
    public void Validate_WithA65CharacterId_FailsOnId()
    {
        var result = _validator.TestValidate(new GetRankHistoryQuery("tracks", "short_term", LongestId + "a"));

        result.ShouldHaveValidationErrorFor(q => q.Id).WithErrorMessage("That is not a Spotify id.");
    }
}
