using CleanSpotify.Application.Common.Validation;
using FluentValidation;

namespace CleanSpotify.Application.Artists.GetTopArtists;

public sealed class GetTopArtistsQueryValidator : AbstractValidator<GetTopArtistsQuery>
{
    public GetTopArtistsQueryValidator()
    {
        RuleFor(q => q.Range).MustBeTimeRange();
        RuleFor(q => q.Page).MustBePageNumber();
    }
}
