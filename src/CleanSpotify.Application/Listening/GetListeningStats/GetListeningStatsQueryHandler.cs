using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Listening;

namespace CleanSpotify.Application.Listening.GetListeningStats;

/// <summary>
/// Totals, the chart, the heat map and the sessions from one narrow read of the period (when and how long each play
/// was); the top lists are grouped and ranked by the database.
/// </summary>
public sealed class GetListeningStatsQueryHandler(
    ICurrentUser currentUser,
    IUserPreferencesStore preferences,
    IListeningHistoryReader reader,
    TimeProvider timeProvider) : ListeningUseCase<GetListeningStatsQuery, ListeningStatsDto>(currentUser, preferences)
{
    protected override async ValueTask<Result<ListeningStatsDto>> HandleAsync(
        GetListeningStatsQuery query, ListeningScope scope, CancellationToken cancellationToken)
    {
        var (userId, timeZone, zone, period) = scope;
        var today = ListeningClock.LocalDay(timeProvider.GetUtcNow(), zone);
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
