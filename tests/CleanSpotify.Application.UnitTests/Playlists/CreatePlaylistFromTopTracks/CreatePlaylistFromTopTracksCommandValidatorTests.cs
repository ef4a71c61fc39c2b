using CleanSpotify.Application.Playlists;
using CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;
using FluentValidation.TestHelper;

namespace CleanSpotify.Application.UnitTests.Playlists.CreatePlaylistFromTopTracks;

public sealed class CreatePlaylistFromTopTracksCommandValidatorTests
{
    private const string ValidRequestId = "6f1c2a9e-3b7d-4c55-9a0e-2d8f4b1c7e10";
    private const string MissingRequestId = "This form is missing its request id. Reload the page and submit the form again.";

    private readonly CreatePlaylistFromTopTracksCommandValidator _validator = new();

    [Theory]
    [InlineData("short_term", "1", "page")]
    [InlineData("medium_term", "1000", "all")]
    [InlineData("long_term", null, "1")]
    [InlineData(null, "", "1000")]
    public void Validate_WithValidInput_Passes(string? range, string? page, string count)
    {
        _validator.TestValidate(new CreatePlaylistFromTopTracksCommand(range, page, count, ValidRequestId)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("weekly")]
    [InlineData("SHORT_TERM")]
    public void Validate_WithUnknownRange_FailsOnRange(string range)
    {
        var result = _validator.TestValidate(new CreatePlaylistFromTopTracksCommand(range, "1", "all", ValidRequestId));

        result.ShouldHaveValidationErrorFor(c => c.Range);
        result.ShouldNotHaveValidationErrorFor(c => c.Count);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("two")]
    public void Validate_WithBadPage_FailsOnPage(string page)
    {
        _validator.TestValidate(new CreatePlaylistFromTopTracksCommand("short_term", page, "all", ValidRequestId))
            .ShouldHaveValidationErrorFor(c => c.Page);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1001")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("ALL")]
    [InlineData("Page")]
    [InlineData("everything")]
    public void Validate_WithBadCount_FailsOnCountNamingTheChoices(string? count)
    {
        var result = _validator.TestValidate(new CreatePlaylistFromTopTracksCommand("short_term", "1", count, ValidRequestId));

        result.ShouldHaveValidationErrorFor(c => c.Count).WithErrorMessage(TrackSelection.Rule);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("6f1c2a9e3b7d4c559a0e2d8f4b1c7e10")]
    [InlineData("{6f1c2a9e-3b7d-4c55-9a0e-2d8f4b1c7e10}")]
    public void Validate_WithMissingOrMalformedRequestId_FailsOnRequestId(string? requestId)
    {
        var result = _validator.TestValidate(new CreatePlaylistFromTopTracksCommand("short_term", "1", "all", requestId));

        result.ShouldHaveValidationErrorFor(c => c.RequestId).WithErrorMessage(MissingRequestId);
    }
}
