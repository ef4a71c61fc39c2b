using FluentValidation;

namespace CleanSpotify.Application.Tracks.GetTopTracks;

public sealed class GetTopTracksQueryValidator : AbstractValidator<GetTopTracksQuery>
{
    public GetTopTracksQueryValidator()
    {
        RuleFor(q => q.Range)
            .Must(r => TimeRangeNames.TryParse(r, out _))
            .WithMessage("The range must be short_term (last 4 weeks), medium_term (last 6 months) or long_term (last year).");
        RuleFor(q => q.Page)
            .Must(p => string.IsNullOrEmpty(p) || TryParsePage(p, out _))
            .WithMessage($"The page must be a whole number from 1 to {GetTopTracksQuery.MaxPage}.");
    }

    internal static bool TryParsePage(string? value, out int page)
    {
        if (string.IsNullOrEmpty(value))
        {
            page = 1;
            return true;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out page)
            && page is >= 1 and <= GetTopTracksQuery.MaxPage;
    }
}
