using CleanSpotify.Application.Common.Validation;
using FluentValidation;

namespace CleanSpotify.Application.Playlists.GetPlaylistDraft;

public sealed class GetPlaylistDraftQueryValidator : AbstractValidator<GetPlaylistDraftQuery>
{
    public GetPlaylistDraftQueryValidator()
    {
        RuleFor(q => q.Range).MustBeTimeRange();
        RuleFor(q => q.Page).MustBePageNumber();
        RuleFor(q => q.Selection).MustBeTrackSelection();
    }
}
