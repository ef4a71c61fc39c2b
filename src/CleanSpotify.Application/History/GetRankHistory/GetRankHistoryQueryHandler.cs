using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Links;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.History.GetRankHistory;

/// <summary>
/// Reads the user's snapshots, and names the item from the top-list page it was last seen on (usually cached for the
/// user's link, as the user just came from it).
/// </summary>
public sealed class GetRankHistoryQueryHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    IRankHistoryStore history,
    TopListPageReader pages)
    : IQueryHandler<GetRankHistoryQuery, Result<RankHistoryDto>>
{
    public static readonly Error NoHistory = Error.NotFound(
        "history.none", "There is no history for this item yet: it appears once a top list containing it has been seen.");

    public async ValueTask<Result<RankHistoryDto>> Handle(GetRankHistoryQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;

        var (kind, range, id) = query;
        var snapshots = await history.ListAsync(userId, kind, range, cancellationToken);
        var points = snapshots.Select(s => new RankHistoryPointDto(s.Day, s.RankOf(id))).ToArray();
        if (points.All(p => p.Rank is null))
        {
            return NoHistory;
        }

        var lastRank = points.Last(p => p.Rank is not null).Rank!.Value;
        var link = await links.FindSummaryByUserAsync(userId, cancellationToken);
        var name = link is null
            ? null
            : await NameOfAsync(LinkedSpotifyUser.Of(link), kind, range, id, (lastRank - 1) / TopListPageReader.PageSize + 1, cancellationToken);
        return new RankHistoryDto(kind, range, id, name, points);
    }

    private async Task<string?> NameOfAsync(LinkedSpotifyUser user, TopListKind kind, TimeRange range, string id, int page, CancellationToken cancellationToken) =>
        kind == TopListKind.Artists
            ? await NameOnPageAsync(user, TopListSources.Artists, range, id, page, artist => artist.Name, cancellationToken)
            : await NameOnPageAsync(user, TopListSources.Tracks, range, id, page, track => track.Name, cancellationToken);

    private async Task<string?> NameOnPageAsync<T>(
        LinkedSpotifyUser user, TopListSource<T> source, TimeRange range, string id, int page, Func<T, string> nameOf, CancellationToken cancellationToken)
    {
        var read = await pages.ReadAsync(user, source, range, page, cancellationToken);
        return read.IsSuccess ? read.Value.Items.Where(item => source.IdOf(item) == id).Select(nameOf).FirstOrDefault() : null;
    }
}
