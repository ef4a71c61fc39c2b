using System.Globalization;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Domain.Tracks;
using FluentValidation;

namespace CleanSpotify.Application.Common.Validation;

/// <summary>The rules every top-list input shares: a known range and a sensible page number.</summary>
public static class TopListRules
{
    /// <summary>The highest page number accepted, far past anything Spotify returns.</summary>
    public const int MaxPage = 1000;

    public const string RangeMessage = "The range must be short_term (last 4 weeks), medium_term (last 6 months) or long_term (last year).";

    public static readonly string PageMessage = string.Create(CultureInfo.InvariantCulture, $"The page must be a whole number from 1 to {MaxPage}.");

    public static IRuleBuilderOptions<T, TimeRange> MustBeTimeRange<T>(this IRuleBuilder<T, TimeRange> rule) =>
        rule.IsInEnum().WithMessage(RangeMessage);

    public static IRuleBuilderOptions<T, int> MustBePageNumber<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaxPage).WithMessage(PageMessage);

    /// <summary>For inputs still carried as text (playlists, history): a range as in the URL, empty meaning the default.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeTimeRange<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(r => TimeRangeNames.TryParse(r, out _)).WithMessage(RangeMessage);

    /// <summary>For inputs still carried as text (playlists): a page number as in the URL, empty meaning page 1.</summary>
    public static IRuleBuilderOptions<T, string?> MustBePageNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(p => TryParsePage(p, out _)).WithMessage(PageMessage);

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
