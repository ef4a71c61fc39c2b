using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.Application.Links.GetLinkStatus;

/// <summary>Reads the link from the store only: showing a status never calls Spotify.</summary>
public sealed class GetLinkStatusQueryHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    TimeProvider timeProvider) : IQueryHandler<GetLinkStatusQuery, Result<LinkStatusDto>>
{
    public async ValueTask<Result<LinkStatusDto>> Handle(GetLinkStatusQuery query, CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } userId)
        {
            return Error.Unauthenticated();
        }

        var link = await links.FindByUserAsync(userId, cancellationToken);
        return link is null ? LinkStatusDto.NotLinked : LinkStatusDto.From(link, timeProvider.GetUtcNow());
    }
}
