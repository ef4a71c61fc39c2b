using CleanSpotify.Application.Links;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Common.TopLists;

/// <summary>
/// What top-track and top-artist pages share: one cached Spotify read per user, link, list, range and page; a snapshot
/// of every freshly fetched page for the rank history (queued: the page never waits for the write); and each item's
/// movement against the latest earlier snapshot (read once a day per link, list and range). A page past the end of
/// the list is answered from the total that page 1 reported, without asking Spotify, so scripted page numbers cost at
/// most the pages that exist.
/// </summary>
public sealed class TopListPageReader(
    ISpotifyReadCache cache,
    IRankHistoryStore history,
    IRankSnapshotRecorder snapshots,
    IUserResultCache results,
    ISpotifyTopItemsReader topItems,
    TimeProvider timeProvider)
{
    /// <summary>Items per page: one Spotify request's worth, the most Spotify serves at once.</summary>
    public const int PageSize = 50;

    /// <summary>Page <paramref name="page"/> (from 1) of the user's <paramref name="source"/> list for <paramref name="range"/>.</summary>
    public async Task<Result<TopListPageDto<T>>> ReadAsync<T>(
        LinkedSpotifyUser user, TopListSource<T> source, TimeRange range, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(source);
        var (kind, fetch, idOf) = source;
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        if (page > 1)
        {
            var first = await ReadPageAsync(1);
            if (!first.IsSuccess)
            {
                return first.Error;
            }

            if (OffsetOf(page) >= first.Value.Value.Total)
            {
                return PageDto(range, page, first.Value, [], []);
            }
        }

        var read = await ReadPageAsync(page);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var items = read.Value.Value.Items;
        // Earlier days' snapshots do not change during the day: one read per link, list, range and day, not per view.
        var previous = await results.GetOrCreateAsync(
            user.AppUserId,
            $"rank-before:{user.LinkId:N}:{kind}:{range}:{today:yyyyMMdd}",
            async token => await history.FindLatestBeforeAsync(user.AppUserId, kind, range, today, token),
            cancellationToken);
        var changes = items.Select((item, index) => RankChange.Between(previous, idOf(item), OffsetOf(page) + index + 1)).ToArray();
        return PageDto(range, page, read.Value, items, changes);

        // One page through the cache; a page Spotify was just asked for becomes part of today's snapshot, written after the page is served.
        async Task<Result<CachedRead<SpotifyPage<T>>>> ReadPageAsync(int number)
        {
            var offset = OffsetOf(number);
            var fetched = await cache.GetOrFetchAsync(user, $"top:{kind}:{range}:{number}", token => fetch(topItems, user.AppUserId, range, offset, PageSize, token), cancellationToken);
            if (fetched.IsSuccess && !fetched.Value.FromCache && fetched.Value.Value.Items.Count > 0)
            {
                snapshots.Record(new RankSnapshotPage(user, kind, range, today, offset, fetched.Value.Value.Items.Select(idOf).ToArray()));
            }

            return fetched;
        }
    }

    private static int OffsetOf(int page) => (page - 1) * PageSize;

    private static TopListPageDto<T> PageDto<T>(
        TimeRange range, int page, CachedRead<SpotifyPage<T>> read, IReadOnlyList<T> items, IReadOnlyList<RankChange> changes) =>
        new(range, page, PageSize, read.Value.Total, items, changes, read.FetchedAt, read.StaleBecause?.Message);
}
