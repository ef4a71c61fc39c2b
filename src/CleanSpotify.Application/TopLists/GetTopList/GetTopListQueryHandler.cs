using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.History;

namespace CleanSpotify.Application.TopLists.GetTopList;

/// <summary>Reads one page of either top list with the user's own token; a missing or broken link asks the user to link.</summary>
public sealed class GetTopListQueryHandler(TopListSlice topLists) : IQueryHandler<GetTopListQuery, Result<TopListPageDto<TopItemDto>>>
{
    public async ValueTask<Result<TopListPageDto<TopItemDto>>> Handle(GetTopListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.List switch
        {
            TopListKind.Tracks => await ReadAsync(TopListSources.Tracks, query, cancellationToken),
            TopListKind.Artists => await ReadAsync(TopListSources.Artists, query, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.List, "The validator lets only known lists through."),
        };
    }

    private async Task<Result<TopListPageDto<TopItemDto>>> ReadAsync<T>(TopListSource<T> source, GetTopListQuery query, CancellationToken cancellationToken)
        where T : TopItemDto
    {
        var read = await topLists.ReadPageAsync(source, query.Range, query.Page, cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var page = read.Value;
        return new TopListPageDto<TopItemDto>(page.Range, page.Page, page.PageSize, page.Total, page.Items, page.Changes, page.FetchedAt, page.StaleNotice);
    }
}
