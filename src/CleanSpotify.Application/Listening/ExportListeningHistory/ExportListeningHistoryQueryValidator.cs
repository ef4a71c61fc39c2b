using CleanSpotify.Application.Export;

namespace CleanSpotify.Application.Listening.ExportListeningHistory;

public sealed class ExportListeningHistoryQueryValidator : AbstractValidator<ExportListeningHistoryQuery>
{
    public ExportListeningHistoryQueryValidator()
    {
        RuleFor(q => q.Format).MustBeExportFormat();
        this.PeriodRules();
    }
}
