using CleanSpotify.Application.Playlists;
using CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;
using CleanSpotify.Domain.Tracks;
using FluentValidation.TestHelper;

namespace CleanSpotify.UnitTests.Application.Playlists.CreatePlaylistFromTopTracks;

public sealed class CreatePlaylistFromTopTracksCommandValidatorTests
{
    private const string MissingRequestId = "This form is missing its request id. Reload the page and submit the form again.";

    private static readonly Guid ValidRequestId = Guid.Parse("6f1c2a9e-3b7d-4c55-9a0e-2d8f4b1c7e10");

    private static readonly TrackSelection All = new(TrackSelectionKind.All, 0);

    private readonly CreatePlaylistFromTopTracksCommandValidator _validator = new();

    [Theory]
    [InlineData(TimeRange.ShortTerm, 1, TrackSelectionKind.Page, 0)]
    [InlineData(TimeRange.MediumTerm, 1000, TrackSelectionKind.All, 0)]
    [InlineData(TimeRange.LongTerm, 1, TrackSelectionKind.Top, 1)]
    [InlineData(TimeRange.MediumTerm, 1, TrackSelectionKind.Top, 1000)]
    public void Validate_WithValidInput_Passes(TimeRange range, int page, TrackSelectionKind kind, int number)
    {
        _validator.TestValidate(new CreatePlaylistFromTopTracksCommand(range, page, new TrackSelection(kind, number), ValidRequestId))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WithUnknownRange_FailsOnRange()
    {
        var result = _validator.TestValidate(new CreatePlaylistFromTopTracksCommand((TimeRange)99, 1, All, ValidRequestId));

        result.ShouldHaveValidationErrorFor(c => c.Range);
        result.ShouldNotHaveValidationErrorFor(c => c.Selection);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Validate_WithBadPage_FailsOnPage(int page)
    {
        _validator.TestValidate(new CreatePlaylistFromTopTracksCommand(TimeRange.ShortTerm, page, All, ValidRequestId))
            .ShouldHaveValidationErrorFor(c => c.Page);
    }

    [Theory]
    [InlineData(TrackSelectionKind.Top, 0)]
    [InlineData(TrackSelectionKind.Top, -1)]
    [InlineData(TrackSelectionKind.Top, 1001)]
    [InlineData((TrackSelectionKind)0, 0)]
    public void Validate_WithBadSelection_FailsOnSelectionNamingTheChoices(TrackSelectionKind kind, int number)
    {
        var result = _validator.TestValidate(new CreatePlaylistFromTopTracksCommand(TimeRange.ShortTerm, 1, new TrackSelection(kind, number), ValidRequestId));

        result.ShouldHaveValidationErrorFor(c => c.Selection).WithErrorMessage(TrackSelection.Rule);
    }

    [Fact]
    public void Validate_WithEmptyRequestId_FailsOnRequestId()
    {
        var result = _validator.TestValidate(new CreatePlaylistFromTopTracksCommand(TimeRange.ShortTerm, 1, All, Guid.Empty));

        result.ShouldHaveValidationErrorFor(c => c.RequestId).WithErrorMessage(MissingRequestId);
    }
}
