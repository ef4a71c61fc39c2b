using CleanSpotify.Application.Common.Validation;
using CleanSpotify.Application.Links;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Common.TopLists;

/// <summary>
/// The one way a top list of any kind is read: one page for the list pages, a run of pages for a playlist, every
/// page for an export. All go through <see cref="TopListPageReader"/>, so they share its cache entries and rank
/// snapshots. A failure on any page fails the whole read: half a list is neither an export nor a playlist.
/// </summary>
public sealed class TopListSlice(ICurrentUser currentUser, ISpotifyLinkStore links, TopListPageReader pages)
{
    /// <summary>One page for the signed-in user, who must have a working link.</summary>
    public async Task<Result<TopListPageDto<T>>> ReadPageAsync<T>(TopListSource<T> source, TimeRange range, int page, CancellationToken cancellationToken)
    {
        var user = await SpotifyLinkRequirement.RequireAsync(currentUser, links, cancellationToken);
        return user.IsSuccess ? await pages.ReadAsync(user.Value, source, range, page, cancellationToken) : user.Error;
    }

    /// <summary>The signed-in user's whole list, who must have a working link.</summary>
    public async Task<Result<TopListItemsDto<T>>> ReadWholeAsync<T>(TopListSource<T> source, TimeRange range, CancellationToken cancellationToken)
    {
        var user = await SpotifyLinkRequirement.RequireAsync(currentUser, links, cancellationToken);
        return user.IsSuccess
            ? await ReadItemsAsync(user.Value, source, range, 1, TopListRules.MaxPage, int.MaxValue, cancellationToken)
            : user.Error;
    }

    /// <summary>
    /// Items from <paramref name="firstPage"/> to <paramref name="lastPage"/>, each id once, stopping at the end of the
    /// list or once <paramref name="maxItems"/> are gathered.
    /// </summary>
    public async Task<Result<TopListItemsDto<T>>> ReadItemsAsync<T>(
        LinkedSpotifyUser user, TopListSource<T> source, TimeRange range, int firstPage, int lastPage, int maxItems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var items = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fetchedAt = DateTimeOffset.MaxValue;
        var total = 0;
        for (var page = firstPage; page <= lastPage && items.Count < maxItems; page++)
        {
            var read = await pages.ReadAsync(user, source, range, page, cancellationToken);
            if (!read.IsSuccess)
            {
                return read.Error;
            }

            items.AddRange(read.Value.Items.Where(item => seen.Add(source.IdOf(item))).Take(maxItems - items.Count));
            total = read.Value.Total;
            fetchedAt = read.Value.FetchedAt < fetchedAt ? read.Value.FetchedAt : fetchedAt;
            if (read.Value.Items.Count == 0 || !read.Value.HasNext)
            {
                break;
            }
        }

        return new TopListItemsDto<T>(items, total, fetchedAt);
    }
}

/// <summary>Top-list items in rank order, the total Spotify reported, and when the oldest page read was fetched.</summary>
public sealed record TopListItemsDto<T>(IReadOnlyList<T> Items, int Total, DateTimeOffset FetchedAt);
