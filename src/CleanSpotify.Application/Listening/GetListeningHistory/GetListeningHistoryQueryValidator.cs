namespace CleanSpotify.Application.Listening.GetListeningHistory;

public sealed class GetListeningHistoryQueryValidator : AbstractValidator<GetListeningHistoryQuery>
{
    public GetListeningHistoryQueryValidator()
    {
        this.PeriodRules();
        RuleFor(q => q.Page).InclusiveBetween(1, ListeningRules.MaxPage).WithMessage(ListeningRules.PageMessage);
    }
}
