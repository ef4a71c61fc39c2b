using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Common.TopLists;

/// <summary>
/// What top-track and top-artist pages share: one cached Spotify read per user, link, list, range and page; a snapshot
/// of every freshly fetched page for the rank history; and each item's movement against the previous day's snapshot.
/// </summary>
public sealed class TopListPageReader(ISpotifyReadCache cache, IRankHistoryStore history, TimeProvider timeProvider)
{
    /// <summary>Items per page: one Spotify request's worth, the most Spotify serves at once.</summary>
    public const int PageSize = 50;

    public async Task<Result<TopListPageDto<T>>> ReadAsync<T>(
        LinkedSpotifyUser user,
        TopListKind kind,
        TimeRange range,
        int page,
        Func<int, int, CancellationToken, Task<Result<SpotifyPage<T>>>> fetch,
        Func<T, string> idOf,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(idOf);
        var offset = (page - 1) * PageSize;
        var read = await cache.GetOrFetchAsync(
            user,
            $"top:{kind}:{range}:{page}",
            token => fetch(offset, PageSize, token),
            cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var items = read.Value.Value.Items;
        var ids = items.Select(idOf).ToArray();
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        if (!read.Value.FromCache && ids.Length > 0)
        {
            await history.RecordAsync(user.AppUserId, kind, range, today, offset, ids, cancellationToken);
        }

        var previous = await history.FindLatestBeforeAsync(user.AppUserId, kind, range, today, cancellationToken);
        var changes = ids.Select((id, index) => RankChange.Between(previous, id, offset + index + 1)).ToArray();
        return new TopListPageDto<T>(
            range,
            page,
            PageSize,
            read.Value.Value.Total,
            items,
            changes,
            read.Value.FetchedAt,
            read.Value.StaleBecause?.Message);
    }
}
