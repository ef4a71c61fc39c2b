using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.SpotifyData;
using Mediator;

namespace CleanSpotify.Application.Tracks.GetTopTracks;

/// <summary>Reads one page of top tracks with the user's own token; a missing or broken link asks the user to link.</summary>
public sealed class GetTopTracksQueryHandler(TopListSlice topLists) : IQueryHandler<GetTopTracksQuery, Result<TopListPageDto<TopTrackDto>>>
{
    public async ValueTask<Result<TopListPageDto<TopTrackDto>>> Handle(GetTopTracksQuery query, CancellationToken cancellationToken) =>
        await topLists.ReadPageAsync(TopListSources.Tracks, query.Range, query.Page, cancellationToken);
}
