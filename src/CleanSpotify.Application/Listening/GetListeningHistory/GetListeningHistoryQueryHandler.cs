using CleanSpotify.Application.Common.Listening;

namespace CleanSpotify.Application.Listening.GetListeningHistory;

/// <summary>
/// A page of plays newest first, with the gaps that fall within the stretch of time the page shows (from the period's
/// end on the first page, to its start on the last).
/// </summary>
public sealed class GetListeningHistoryQueryHandler(
    ICurrentUser currentUser,
    IUserPreferencesStore preferences,
    IListeningHistoryReader reader) : ListeningUseCase<GetListeningHistoryQuery, ListeningHistoryDto>(currentUser, preferences)
{
    protected override async ValueTask<Result<ListeningHistoryDto>> HandleAsync(
        GetListeningHistoryQuery query, ListeningScope scope, CancellationToken cancellationToken)
    {
        var (userId, timeZone, zone, period) = scope;
        var total = await reader.CountAsync(userId, period, cancellationToken);
        var hasAnyPlays = total > 0 || await reader.CountAsync(userId, PlayPeriod.All, cancellationToken) > 0;
        var skip = (query.Page - 1) * ListeningRules.HistoryPageSize;
        var plays = skip < total
            ? await reader.ListAsync(userId, period, skip, ListeningRules.HistoryPageSize, cancellationToken)
            : [];

        IReadOnlyList<HistoryGapDto> gaps = [];
        if (plays.Count > 0)
        {
            var shown = new PlayPeriod(
                skip + plays.Count >= total ? period.From : plays[^1].PlayedAt,
                query.Page == 1 ? period.To : plays[0].PlayedAt);
            gaps = (await reader.ListGapsAsync(userId, shown, cancellationToken))
                .Select(g => new HistoryGapDto(ListeningClock.ToLocal(g.From, zone), ListeningClock.ToLocal(g.To, zone)))
                .ToArray();
        }

        return new ListeningHistoryDto(
            query.From,
            query.To,
            timeZone,
            query.Page,
            ListeningRules.HistoryPageSize,
            total,
            hasAnyPlays,
            plays.Select(p => new HistoryPlayDto(
                ListeningClock.ToLocal(p.PlayedAt, zone), p.TrackName, p.ArtistNames, p.AlbumName, p.ImageUrl, p.MsPlayed, p.MsPlayedEstimated)).ToArray(),
            gaps);
    }
}
