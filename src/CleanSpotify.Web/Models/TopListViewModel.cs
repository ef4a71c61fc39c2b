using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Tracks;

namespace CleanSpotify.Web.Models;

/// <summary>
/// What every top-list page shows around its rows: range tabs, paging, freshness and the stale banner.
/// <see cref="IsCompact"/> is the dense layout (<c>?view=compact</c>), kept in every range, page and refresh link.
/// </summary>
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
    /// <summary>The query value that asks for the dense layout; any other value means the default layout.</summary>
    public const string CompactView = "compact";

    public bool IsCompact { get; init; }

    private string ViewSuffix => IsCompact ? $"&view={CompactView}" : string.Empty;

    public string PageUrl(int page) => $"{Path}?range={RangeValue}&page={page}{ViewSuffix}";

    /// <summary>A range tab's link, in the current layout.</summary>
    public string TabUrl(RangeTabViewModel tab)
    {
        ArgumentNullException.ThrowIfNull(tab);
        return tab.Url + ViewSuffix;
    }

    /// <summary>This page in the other layout.</summary>
    public string OtherViewUrl => IsCompact
        ? $"{Path}?range={RangeValue}&page={Page}"
        : $"{Path}?range={RangeValue}&page={Page}&view={CompactView}";

    /// <summary>This list in the layout the <c>view</c> query value asks for; unknown values are ignored.</summary>
    public TopListViewModel WithView(string? view) =>
        this with { IsCompact = string.Equals(view, CompactView, StringComparison.Ordinal) };

    public static TopListViewModel From<T>(TopListPageDto<T> page, string path, string noun, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new TopListViewModel(
            path,
            noun,
            TimeRangeText.ToLabel(page.Range),
            TimeRangeNames.ToQueryValue(page.Range),
            page.Page,
            page.PageCount,
            page.Total,
            page.HasPrevious,
            page.HasNext && !page.IsPastTheEnd,
            page.IsPastTheEnd,
            Ago.Format(page.FetchedAt, now),
            page.StaleNotice,
            TimeRangeText.All
                .Select(r => new RangeTabViewModel(
                    $"{path}?range={TimeRangeNames.ToQueryValue(r)}",
                    char.ToUpperInvariant(TimeRangeText.ToLabel(r)[0]) + TimeRangeText.ToLabel(r)[1..],
                    r == page.Range))
                .ToArray());
    }
}

/// <summary>One of the range tabs: "Last 4 weeks", "Last 6 months", "Last year".</summary>
public sealed record RangeTabViewModel(string Url, string Label, bool IsCurrent);
