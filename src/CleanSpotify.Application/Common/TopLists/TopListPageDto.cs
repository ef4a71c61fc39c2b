using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Common.TopLists;

/// <summary>
/// One page of a top list, where it sits in the whole list, how each item moved since the previous snapshot
/// (<see cref="Changes"/> is aligned with <see cref="Items"/>), and how fresh the data is.
/// </summary>
public sealed record TopListPageDto<T>(
    TimeRange Range,
    int Page,
    int PageSize,
    int Total,
    IReadOnlyList<T> Items,
    IReadOnlyList<RankChange> Changes,
    DateTimeOffset FetchedAt,
    string? StaleNotice)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>The page number is past the end of a non-empty list.</summary>
    public bool IsPastTheEnd => Items.Count == 0 && Total > 0;
}
