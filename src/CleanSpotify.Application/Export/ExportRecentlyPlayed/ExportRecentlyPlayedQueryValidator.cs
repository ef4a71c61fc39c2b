namespace CleanSpotify.Application.Export.ExportRecentlyPlayed;

public sealed class ExportRecentlyPlayedQueryValidator : AbstractValidator<ExportRecentlyPlayedQuery>
{
    public ExportRecentlyPlayedQueryValidator()
    {
        RuleFor(q => q.Format).MustBeExportFormat();
    }
}
