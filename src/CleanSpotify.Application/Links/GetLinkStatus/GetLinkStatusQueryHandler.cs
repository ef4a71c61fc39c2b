using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using Mediator;

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
        if (link is null)
        {
            return LinkStatusDto.NotLinked;
        }

        return new LinkStatusDto(
            link.Status,
            link.Account.DisplayName ?? link.Account.UserId,
            link.Account.UserId,
            link.AuthorizedAt,
            link.RefreshTokenExpiresAt,
            link.IsExpiringSoon(timeProvider.GetUtcNow()),
            link.GrantedScopes);
    }
}
