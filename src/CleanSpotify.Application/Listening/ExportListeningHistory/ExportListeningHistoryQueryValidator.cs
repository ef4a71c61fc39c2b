using CleanSpotify.Application.Export;
using FluentValidation;

namespace CleanSpotify.Application.Listening.ExportListeningHistory;

public sealed class ExportListeningHistoryQueryValidator : AbstractValidator<ExportListeningHistoryQuery>
{
    public ExportListeningHistoryQueryValidator()
    {
        RuleFor(q => q.Format).MustBeExportFormat();
        this.PeriodRules();
    }
}
