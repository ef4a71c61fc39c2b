using System.Globalization;
using CleanSpotify.Application.Tracks;
using FluentValidation;

namespace CleanSpotify.Application.Common.Validation;

/// <summary>The rules every top-list input shares: a known range and a sensible page number, as typed in the URL.</summary>
public static class TopListRules
{
    /// <summary>The highest page number accepted, far past anything Spotify returns.</summary>
    public const int MaxPage = 1000;

    public static IRuleBuilderOptions<T, string?> MustBeTimeRange<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(r => TimeRangeNames.TryParse(r, out _))
            .WithMessage("The range must be short_term (last 4 weeks), medium_term (last 6 months) or long_term (last year).");

    public static IRuleBuilderOptions<T, string?> MustBePageNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(p => TryParsePage(p, out _))
            .WithMessage($"The page must be a whole number from 1 to {MaxPage}.");

    /// <summary>Parses a page number; an empty value means page 1.</summary>
    public static bool TryParsePage(string? value, out int page)
    {
        if (string.IsNullOrEmpty(value))
        {
            page = 1;
            return true;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page is >= 1 and <= MaxPage;
    }
}
