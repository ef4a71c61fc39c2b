using CleanSpotify.Application.Playlists;
using CleanSpotify.Application.Playlists.GetPlaylistDraft;
using CleanSpotify.Domain.Tracks;
using FluentValidation.TestHelper;

namespace CleanSpotify.UnitTests.Application.Playlists.GetPlaylistDraft;

public sealed class GetPlaylistDraftQueryValidatorTests
{
    private static readonly TrackSelection All = new(TrackSelectionKind.All, 0);

    private readonly GetPlaylistDraftQueryValidator _validator = new();

    [Theory]
    [InlineData(TimeRange.ShortTerm, TrackSelectionKind.Page, 0, 3)]
    [InlineData(TimeRange.MediumTerm, TrackSelectionKind.All, 0, 1)]
    [InlineData(TimeRange.LongTerm, TrackSelectionKind.Top, 50, 1000)]
    public void Validate_WithValidInput_Passes(TimeRange range, TrackSelectionKind kind, int number, int page)
    {
        _validator.TestValidate(new GetPlaylistDraftQuery(range, new TrackSelection(kind, number), page)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WithUnknownRange_FailsOnRange()
    {
        _validator.TestValidate(new GetPlaylistDraftQuery((TimeRange)99, All, 1)).ShouldHaveValidationErrorFor(q => q.Range);
    }

    [Theory]
    [InlineData(TrackSelectionKind.Top, 0)]
    [InlineData(TrackSelectionKind.Top, 1001)]
    [InlineData((TrackSelectionKind)0, 0)]
    public void Validate_WithBadSelection_FailsOnSelection(TrackSelectionKind kind, int number)
    {
        _validator.TestValidate(new GetPlaylistDraftQuery(TimeRange.ShortTerm, new TrackSelection(kind, number), 1))
            .ShouldHaveValidationErrorFor(q => q.Selection).WithErrorMessage(TrackSelection.Rule);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Validate_WithBadPage_FailsOnPage(int page)
    {
        _validator.TestValidate(new GetPlaylistDraftQuery(TimeRange.ShortTerm, All, page)).ShouldHaveValidationErrorFor(q => q.Page);
    }
}
