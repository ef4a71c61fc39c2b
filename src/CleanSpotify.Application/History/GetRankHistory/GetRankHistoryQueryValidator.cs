using CleanSpotify.Application.Common.Validation;

namespace CleanSpotify.Application.History.GetRankHistory;

public sealed class GetRankHistoryQueryValidator : AbstractValidator<GetRankHistoryQuery>
{
    public GetRankHistoryQueryValidator()
    {
        RuleFor(q => q.List).MustBeTopListKind();
        RuleFor(q => q.Range).MustBeTimeRange();
        RuleFor(q => q.Id)
            .NotEmpty().WithMessage("Say which track or artist to show.")
            .MaximumLength(64).WithMessage("That is not a Spotify id.")
            .Matches("^[A-Za-z0-9]+$").WithMessage("That is not a Spotify id.");
    }
}
