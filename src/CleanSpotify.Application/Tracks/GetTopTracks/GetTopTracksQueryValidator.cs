using CleanSpotify.Application.Common.Validation;
using FluentValidation;

namespace CleanSpotify.Application.Tracks.GetTopTracks;

public sealed class GetTopTracksQueryValidator : AbstractValidator<GetTopTracksQuery>
{
    public GetTopTracksQueryValidator()
    {
        RuleFor(q => q.Range).MustBeTimeRange();
        RuleFor(q => q.Page).MustBePageNumber();
    }
}
