using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.SpotifyData;
using Mediator;

namespace CleanSpotify.Application.Artists.GetTopArtists;

/// <summary>Reads one page of top artists with the user's own token; a missing or broken link asks the user to link.</summary>
public sealed class GetTopArtistsQueryHandler(TopListSlice topLists) : IQueryHandler<GetTopArtistsQuery, Result<TopListPageDto<TopArtistDto>>>
{
    public async ValueTask<Result<TopListPageDto<TopArtistDto>>> Handle(GetTopArtistsQuery query, CancellationToken cancellationToken) =>
        await topLists.ReadPageAsync(TopListSources.Artists, query.Range, query.Page, cancellationToken);
}
