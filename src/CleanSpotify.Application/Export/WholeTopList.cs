using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Common.Validation;
using CleanSpotify.Application.Links;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Export;

/// <summary>
/// Every page of a top list, read page by page through <see cref="TopListPageReader"/> so that exports share the
/// pages' cache entries and rank snapshots. A failure on any page fails the whole read: half a list is not an export.
/// </summary>
public static class WholeTopList
{
    public static async Task<Result<WholeTopListDto<T>>> ReadAsync<T>(
        TopListPageReader pages,
        LinkedSpotifyUser user,
        TopListKind kind,
        TimeRange range,
        Func<int, int, CancellationToken, Task<Result<SpotifyPage<T>>>> fetch,
        Func<T, string> idOf,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var items = new List<T>();
        var fetchedAt = DateTimeOffset.MaxValue;
        var total = 0;
        for (var page = 1; page <= TopListRules.MaxPage; page++)
        {
            var read = await pages.ReadAsync(user, kind, range, page, fetch, idOf, cancellationToken);
            if (!read.IsSuccess)
            {
                return read.Error;
            }

            items.AddRange(read.Value.Items);
            total = read.Value.Total;
            fetchedAt = read.Value.FetchedAt < fetchedAt ? read.Value.FetchedAt : fetchedAt;
            if (read.Value.Items.Count == 0 || page >= read.Value.PageCount)
            {
                break;
            }
        }

        return new WholeTopListDto<T>(items, total, fetchedAt);
    }
}

/// <summary>A whole top list in rank order, the total Spotify reported, and when its oldest page was fetched.</summary>
public sealed record WholeTopListDto<T>(IReadOnlyList<T> Items, int Total, DateTimeOffset FetchedAt);
