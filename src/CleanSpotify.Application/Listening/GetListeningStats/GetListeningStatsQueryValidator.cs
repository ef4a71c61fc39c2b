namespace CleanSpotify.Application.Listening.GetListeningStats;

public sealed class GetListeningStatsQueryValidator : AbstractValidator<GetListeningStatsQuery>
{
    public GetListeningStatsQueryValidator()
    {
        this.PeriodRules();
    }
}
