using System.Globalization;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Common.Validation;

/// <summary>The rules every top-list input shares: a known list and range and a sensible page number.</summary>
public static class TopListRules
{
    /// <summary>The highest page number accepted, far past anything Spotify returns.</summary>
    public const int MaxPage = 1000;

    public const string RangeMessage = "The range must be short_term (last 4 weeks), medium_term (last 6 months) or long_term (last year).";

    public const string ListMessage = "The list must be tracks or artists.";

    public static readonly string PageMessage = string.Create(CultureInfo.InvariantCulture, $"The page must be a whole number from 1 to {MaxPage}.");

    public static IRuleBuilderOptions<T, TopListKind> MustBeTopListKind<T>(this IRuleBuilder<T, TopListKind> rule) =>
        rule.IsInEnum().WithMessage(ListMessage);

    public static IRuleBuilderOptions<T, TimeRange> MustBeTimeRange<T>(this IRuleBuilder<T, TimeRange> rule) =>
        rule.IsInEnum().WithMessage(RangeMessage);

    public static IRuleBuilderOptions<T, int> MustBePageNumber<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaxPage).WithMessage(PageMessage);
}

/// <summary>A message that asks for a top list from a given page on: the top-list page and the playlist inputs.</summary>
public interface ITopListPageRequest
{
    TimeRange Range { get; }

    int Page { get; }
}

/// <summary>The range and page rules, written once and included by the validator of each <see cref="ITopListPageRequest"/>.</summary>
public sealed class TopListPageRequestValidator : AbstractValidator<ITopListPageRequest>
{
    public TopListPageRequestValidator()
    {
        RuleFor(r => r.Range).MustBeTimeRange();
        RuleFor(r => r.Page).MustBePageNumber();
    }
}
