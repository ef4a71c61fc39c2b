using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Common.Validation;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Domain.History;
using Mediator;

namespace CleanSpotify.Application.Artists.GetTopArtists;

public sealed class GetTopArtistsQueryHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    ISpotifyTopItemsReader topItems,
    TopListPageReader pages) : IQueryHandler<GetTopArtistsQuery, Result<TopListPageDto<TopArtistDto>>>
{
    public async ValueTask<Result<TopListPageDto<TopArtistDto>>> Handle(GetTopArtistsQuery query, CancellationToken cancellationToken)
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
            TopListKind.Artists,
            range,
            page,
            (offset, limit, token) => topItems.GetTopArtistsAsync(user.Value.AppUserId, range, offset, limit, token),
            artist => artist.Id,
            cancellationToken);
    }
}
