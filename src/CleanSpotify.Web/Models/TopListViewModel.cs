using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Tracks;

namespace CleanSpotify.Web.Models;

/// <summary>What every top-list page shows around its rows: range tabs, paging, freshness and the stale banner.</summary>
public sealed record TopListViewModel(
    string Path,
    string Noun,
    string RangeLabel,
    string RangeValue,
    int Page,
    int PageCount,
    int Total,
    bool HasPrevious,
    bool HasNext,
    bool IsPastTheEnd,
    string UpdatedAgo,
    string? StaleNotice,
    IReadOnlyList<RangeTabViewModel> Tabs)
{
    public string PageUrl(int page) => $"{Path}?range={RangeValue}&page={page}";

    public static TopListViewModel From<T>(TopListPageDto<T> page, string path, string noun, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new TopListViewModel(
            path,
            noun,
            TimeRangeNames.ToLabel(page.Range),
            TimeRangeNames.ToQueryValue(page.Range),
            page.Page,
            page.PageCount,
            page.Total,
            page.HasPrevious,
            page.HasNext && !page.IsPastTheEnd,
            page.IsPastTheEnd,
            Ago.Format(page.FetchedAt, now),
            page.StaleNotice,
            TimeRangeNames.All
                .Select(r => new RangeTabViewModel(
                    $"{path}?range={TimeRangeNames.ToQueryValue(r)}",
                    char.ToUpperInvariant(TimeRangeNames.ToLabel(r)[0]) + TimeRangeNames.ToLabel(r)[1..],
                    r == page.Range))
                .ToArray());
    }
}

/// <summary>One of the range tabs: "Last 4 weeks", "Last 6 months", "Last year".</summary>
public sealed record RangeTabViewModel(string Url, string Label, bool IsCurrent);
