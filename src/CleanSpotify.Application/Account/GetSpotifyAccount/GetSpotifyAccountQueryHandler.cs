using CleanSpotify.Application.Links;
using CleanSpotify.Application.Links.GetLinkStatus;
using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Account.GetSpotifyAccount;

/// <summary>
/// Reads the link from the store and, for a working link, the profile through the read cache (key
/// <see cref="ProfileCacheKey"/>), so it is cached per user and link and an older copy stands in when Spotify fails. A
/// profile Spotify cannot give leaves the page without it rather than failing the page.
/// </summary>
public sealed class GetSpotifyAccountQueryHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    ISpotifyProfileReader profiles,
    ISpotifyReadCache cache,
    TimeProvider timeProvider) : IQueryHandler<GetSpotifyAccountQuery, Result<SpotifyAccountDto>>
{
    public const string ProfileCacheKey = "profile";

    public async ValueTask<Result<SpotifyAccountDto>> Handle(GetSpotifyAccountQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;

        var link = await links.FindSummaryByUserAsync(userId, cancellationToken);
        if (link is null)
        {
            return new SpotifyAccountDto(LinkStatusDto.NotLinked, null);
        }

        if (link.Status != LinkStatus.Linked)
        {
            return new SpotifyAccountDto(LinkStatusDto.From(link, timeProvider.GetUtcNow()), null);
        }

        var read = await cache.GetOrFetchAsync(LinkedSpotifyUser.Of(link), ProfileCacheKey, token => profiles.GetProfileAsync(userId, token), cancellationToken);
        if (!read.IsSuccess)
        {
            // A refused refresh token marks the link during the read (in the token service's own scope): show the
            // link as the store holds it now.
            var current = await links.FindByUserAsync(userId, cancellationToken);
            var status = current is null ? LinkStatusDto.NotLinked : LinkStatusDto.From(current.Summary, timeProvider.GetUtcNow());
            return new SpotifyAccountDto(status, null);
        }

        var profile = read.Value.Value;
        return new SpotifyAccountDto(
            LinkStatusDto.From(link, timeProvider.GetUtcNow()),
            new SpotifyAccountProfileDto(
                profile.UserId,
                profile.DisplayName,
                profile.ImageUrl,
                profile.ProfileUrl,
                read.Value.FetchedAt,
                read.Value.StaleBecause?.Message));
    }
}
