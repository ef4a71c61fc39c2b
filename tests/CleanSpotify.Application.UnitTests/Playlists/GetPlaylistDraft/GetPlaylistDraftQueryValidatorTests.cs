using CleanSpotify.Application.Playlists;
using CleanSpotify.Application.Playlists.GetPlaylistDraft;
using FluentValidation.TestHelper;

namespace CleanSpotify.Application.UnitTests.Playlists.GetPlaylistDraft;

public sealed class GetPlaylistDraftQueryValidatorTests
{
    private readonly GetPlaylistDraftQueryValidator _validator = new();

    [Theory]
    [InlineData("short_term", "page", "3")]
    [InlineData(null, "all", null)]
    [InlineData("long_term", "50", "")]
    public void Validate_WithValidInput_Passes(string? range, string count, string? page)
    {
        _validator.TestValidate(new GetPlaylistDraftQuery(range, count, page)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WithUnknownRange_FailsOnRange()
    {
        _validator.TestValidate(new GetPlaylistDraftQuery("weekly", "all", "1")).ShouldHaveValidationErrorFor(q => q.Range);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("some")]
    public void Validate_WithBadCount_FailsOnCount(string? count)
    {
        _validator.TestValidate(new GetPlaylistDraftQuery("short_term", count, "1"))
            .ShouldHaveValidationErrorFor(q => q.Count).WithErrorMessage(TrackSelection.Rule);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    public void Validate_WithBadPage_FailsOnPage(string page)
    {
        _validator.TestValidate(new GetPlaylistDraftQuery("short_term", "all", page)).ShouldHaveValidationErrorFor(q => q.Page);
    }
}
