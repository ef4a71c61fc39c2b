using CleanSpotify.Application.Common.Validation;
using FluentValidation;

namespace CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;

public sealed class CreatePlaylistFromTopTracksCommandValidator : AbstractValidator<CreatePlaylistFromTopTracksCommand>
{
    public CreatePlaylistFromTopTracksCommandValidator()
    {
        RuleFor(c => c.Range).MustBeTimeRange();
        RuleFor(c => c.Page).MustBePageNumber();
        RuleFor(c => c.Selection).MustBeTrackSelection();
        RuleFor(c => c.RequestId).MustBeRequestId();
    }
}
