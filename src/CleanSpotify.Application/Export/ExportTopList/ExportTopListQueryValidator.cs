using CleanSpotify.Application.Common.Validation;

namespace CleanSpotify.Application.Export.ExportTopList;

public sealed class ExportTopListQueryValidator : AbstractValidator<ExportTopListQuery>
{
    public ExportTopListQueryValidator()
    {
        RuleFor(q => q.List).MustBeTopListKind();
        RuleFor(q => q.Range).MustBeTimeRange();
        RuleFor(q => q.Format).MustBeExportFormat();
    }
}
