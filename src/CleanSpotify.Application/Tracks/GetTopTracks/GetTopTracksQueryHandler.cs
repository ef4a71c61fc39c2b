using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Domain.Links;
using Mediator;

namespace CleanSpotify.Application.Tracks.GetTopTracks;

/// <summary>Reads one page of top tracks with the user's own token; a missing or broken link asks the user to link.</summary>
public sealed class GetTopTracksQueryHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    ISpotifyTopItemsReader topItems) : IQueryHandler<GetTopTracksQuery, Result<TopTracksPageDto>>
{
    public static readonly Error NotLinked = Error.LinkRequired(
        "link.none", "Link your Spotify account to see your top tracks.");

    public static readonly Error MustReconnect = Error.LinkRequired(
        "link.reconnect", "Spotify no longer accepts this link (it was revoked or has expired). Reconnect Spotify to continue.");

    public async ValueTask<Result<TopTracksPageDto>> Handle(GetTopTracksQuery query, CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } userId)
        {
            return Error.Unauthenticated();
        }

        var link = await links.FindByUserAsync(userId, cancellationToken);
        if (link is null)
        {
            return NotLinked;
        }

        if (link.Status != LinkStatus.Linked)
        {
            return MustReconnect;
        }

        if (!TimeRangeNames.TryParse(query.Range, out var range) || !GetTopTracksQueryValidator.TryParsePage(query.Page, out var page))
        {
            return Error.Validation("validation.failed", "The range or page is not valid.");
        }

        var result = await topItems.GetTopTracksAsync(
            userId, range, (page - 1) * GetTopTracksQuery.PageSize, GetTopTracksQuery.PageSize, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        return new TopTracksPageDto(range, page, GetTopTracksQuery.PageSize, result.Value.Total, result.Value.Items);
    }
}
