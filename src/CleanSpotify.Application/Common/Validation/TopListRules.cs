using System.Globalization;
using CleanSpotify.Domain.Tracks;
using FluentValidation;

namespace CleanSpotify.Application.Common.Validation;

/// <summary>The rules every top-list input shares: a known range and a sensible page number.</summary>
public static class TopListRules
{
    /// <summary>The highest page number accepted, far past anything Spotify returns.</summary>
    public const int MaxPage = 1000;

    public const string RangeMessage = "The range must be short_term (last 4 weeks), medium_term (last 6 months) or long_term (last year).";

    public const string ListMessage = "The list must be tracks or artists.";

    public static readonly string PageMessage = string.Create(CultureInfo.InvariantCulture, $"The page must be a whole number from 1 to {MaxPage}.");

    public static IRuleBuilderOptions<T, TimeRange> MustBeTimeRange<T>(this IRuleBuilder<T, TimeRange> rule) =>
        rule.IsInEnum().WithMessage(RangeMessage);

    public static IRuleBuilderOptions<T, int> MustBePageNumber<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaxPage).WithMessage(PageMessage);
}
