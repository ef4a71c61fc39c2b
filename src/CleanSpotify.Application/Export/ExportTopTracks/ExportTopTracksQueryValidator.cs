using CleanSpotify.Application.Common.Validation;
using FluentValidation;

namespace CleanSpotify.Application.Export.ExportTopTracks;

public sealed class ExportTopTracksQueryValidator : AbstractValidator<ExportTopTracksQuery>
{
    public ExportTopTracksQueryValidator()
    {
        RuleFor(q => q.Range).MustBeTimeRange();
        RuleFor(q => q.Format).MustBeExportFormat();
    }
}
