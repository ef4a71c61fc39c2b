using CleanSpotify.Application.Account.GetSpotifyAccount;
using CleanSpotify.Application.Links;
using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Account.GetHeaderAccount;

/// <summary>
/// Drawn on every page, so it never calls Spotify: the name comes from the saved link, the picture from the last
/// profile read cached for that link (the account page's), if there is one.
/// </summary>
public sealed class GetHeaderAccountQueryHandler(ICurrentUser currentUser, ISpotifyLinkStore links, ISpotifyReadCache cache)
    : IQueryHandler<GetHeaderAccountQuery, Result<HeaderAccountDto?>>
{
    public async ValueTask<Result<HeaderAccountDto?>> Handle(GetHeaderAccountQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;

        var link = await links.FindSummaryByUserAsync(userId, cancellationToken);
        if (link is not { Status: LinkStatus.Linked })
        {
            return Result<HeaderAccountDto?>.Success(null);
        }

        var profile = await cache.PeekAsync<SpotifyProfileDto>(LinkedSpotifyUser.Of(link), GetSpotifyAccountQueryHandler.ProfileCacheKey, cancellationToken);
        return new HeaderAccountDto(
            profile?.Value.DisplayName ?? link.Account.DisplayName ?? link.Account.UserId,
            profile?.Value.ImageUrl);
    }
}
