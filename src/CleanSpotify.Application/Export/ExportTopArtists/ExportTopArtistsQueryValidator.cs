using CleanSpotify.Application.Common.Validation;
using FluentValidation;

namespace CleanSpotify.Application.Export.ExportTopArtists;

public sealed class ExportTopArtistsQueryValidator : AbstractValidator<ExportTopArtistsQuery>
{
    public ExportTopArtistsQueryValidator()
    {
        RuleFor(q => q.Range).MustBeTimeRange();
        RuleFor(q => q.Format).MustBeExportFormat();
    }
}
