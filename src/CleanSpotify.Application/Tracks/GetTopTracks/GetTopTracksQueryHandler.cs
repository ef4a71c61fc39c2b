using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using CleanSpotify.Domain.Links;
using Mediator;

namespace CleanSpotify.Application.Tracks.GetTopTracks;

/// <summary>Reads one page of top tracks with the user's own token; a missing or broken link asks the user to link.</summary>
public sealed class GetTopTracksQueryHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    ISpotifyTopItemsReader topItems) : IQueryHandler<GetTopTracksQuery, Result<TopTracksPageDto>>
{
    public static readonly Error NotLinked = LinkErrors.NotLinked;

    public static readonly Error MustReconnect = LinkErrors.MustReconnect;

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
