using System.Globalization;
using CleanSpotify.Application.Common.Listening;

namespace CleanSpotify.Application.Listening.GetListeningStats;

/// <summary>
/// Totals, the chart, the heat map and the sessions from one narrow read of the period (when and how long each play
/// was); the top lists come ranked from the stored totals. A finished page is kept per user under its period, time
/// zone, day and the history's version, so viewing it again costs one read of the version until a play is stored.
/// </summary>
public sealed class GetListeningStatsQueryHandler(
    ICurrentUser currentUser,
    IUserPreferencesStore preferences,
    IListeningHistoryReader reader,
    IUserResultCache cache,
    TimeProvider timeProvider) : ListeningUseCase<GetListeningStatsQuery, ListeningStatsDto>(currentUser, preferences)
{
    protected override async ValueTask<Result<ListeningStatsDto>> HandleAsync(
        GetListeningStatsQuery query, ListeningScope scope, CancellationToken cancellationToken)
    {
        var today = ListeningClock.LocalDay(timeProvider.GetUtcNow(), scope.Zone);
        var version = await reader.VersionAsync(scope.UserId, cancellationToken);
        var key = string.Create(CultureInfo.InvariantCulture, $"stats:{query.From:yyyy-MM-dd}:{query.To:yyyy-MM-dd}:{scope.TimeZone}:{today:yyyy-MM-dd}:{version}");
        return await cache.GetOrCreateAsync(scope.UserId, key, token => ComputeAsync(query, scope, today, token), cancellationToken);
    }

    private async ValueTask<ListeningStatsDto> ComputeAsync(GetListeningStatsQuery query, ListeningScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var (userId, timeZone, zone, period) = scope;
        var moments = await reader.ListMomentsAsync(userId, period, cancellationToken);

        var last = query.To ?? today;
        var first = query.From ?? (moments.Count > 0 ? ListeningClock.LocalDay(moments[0].PlayedAt, zone) : last);
        if (first > last)
        {
            last = first;
        }

        var size = ListeningStatistics.BucketSizeFor(first, last);
        return new ListeningStatsDto(
            query.From,
            query.To,
            today,
            timeZone,
            moments.Count,
            ListeningStatistics.Streams(moments),
            ListeningStatistics.MsPlayed(moments),
            first,
            last,
            size,
            ListeningStatistics.Buckets(moments, zone, first, last, size),
            ListeningStatistics.HeatMap(moments, zone),
            await TopListsAsync(userId, period, zone, cancellationToken),
            ListeningStatistics.LongestSessions(moments, zone, ListeningRules.SessionCount));
    }

    private async Task<TopPlayedListsDto> TopListsAsync(string userId, PlayPeriod period, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        async Task<IReadOnlyList<PlayedItemTotal>> Top(PlayedItemKind kind, PlayedItemOrder order)
        {
            var items = await reader.TopAsync(userId, period, kind, order, ListeningRules.TopItemCount, cancellationToken);
            return items
                .Select(i => i with { FirstPlayedAt = ListeningClock.ToLocal(i.FirstPlayedAt, zone), LastPlayedAt = ListeningClock.ToLocal(i.LastPlayedAt, zone) })
                .ToArray();
        }

        return new TopPlayedListsDto(
            await Top(PlayedItemKind.Track, PlayedItemOrder.Streams),
            await Top(PlayedItemKind.Track, PlayedItemOrder.Time),
            await Top(PlayedItemKind.Artist, PlayedItemOrder.Streams),
            await Top(PlayedItemKind.Artist, PlayedItemOrder.Time),
            await Top(PlayedItemKind.Album, PlayedItemOrder.Streams),
            await Top(PlayedItemKind.Album, PlayedItemOrder.Time));
    }
}
