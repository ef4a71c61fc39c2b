using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Common.Validation;
using CleanSpotify.Application.Links;
using CleanSpotify.Domain.History;
using Mediator;

namespace CleanSpotify.Application.Tracks.GetTopTracks;

/// <summary>Reads one page of top tracks with the user's own token; a missing or broken link asks the user to link.</summary>
public sealed class GetTopTracksQueryHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    ISpotifyTopItemsReader topItems,
    TopListPageReader pages) : IQueryHandler<GetTopTracksQuery, Result<TopListPageDto<TopTrackDto>>>
{
    public async ValueTask<Result<TopListPageDto<TopTrackDto>>> Handle(GetTopTracksQuery query, CancellationToken cancellationToken)
    {
        if (!TimeRangeNames.TryParse(query.Range, out var range) || !TopListRules.TryParsePage(query.Page, out var page))
        {
            return Error.Validation("validation.failed", "The range or page is not valid.");
        }

        var user = await SpotifyLinkRequirement.RequireAsync(currentUser, links, cancellationToken);
        if (!user.IsSuccess)
        {
            return user.Error;
        }

        return await pages.ReadAsync(
            user.Value,
            TopListKind.Tracks,
            range,
            page,
            (offset, limit, token) => topItems.GetTopTracksAsync(user.Value.AppUserId, range, offset, limit, token),
            track => track.Id,
            cancellationToken);
    }
}
