using CleanSpotify.Application.Common.Validation;

namespace CleanSpotify.Application.TopLists.GetTopList;

public sealed class GetTopListQueryValidator : AbstractValidator<GetTopListQuery>
{
    public GetTopListQueryValidator()
    {
        RuleFor(q => q.List).MustBeTopListKind();
        Include(new TopListPageRequestValidator());
    }
}
