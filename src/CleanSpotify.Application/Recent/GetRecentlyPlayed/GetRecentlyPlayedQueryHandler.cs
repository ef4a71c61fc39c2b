using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Links;
using Mediator;

namespace CleanSpotify.Application.Recent.GetRecentlyPlayed;

/// <summary>Reads the last plays through the per-user cache; a missing or broken link asks the user to link.</summary>
public sealed class GetRecentlyPlayedQueryHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    ISpotifyReadCache cache,
    ISpotifyRecentlyPlayedReader reader) : IQueryHandler<GetRecentlyPlayedQuery, Result<RecentlyPlayedDto>>
{
    public async ValueTask<Result<RecentlyPlayedDto>> Handle(GetRecentlyPlayedQuery query, CancellationToken cancellationToken)
    {
        var user = await SpotifyLinkRequirement.RequireAsync(currentUser, links, cancellationToken);
        if (!user.IsSuccess)
        {
            return user.Error;
        }

        var read = await RecentPlays.ReadAsync(cache, reader, user.Value, cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        return new RecentlyPlayedDto(read.Value.Value, read.Value.FetchedAt, read.Value.StaleBecause?.Message);
    }
}
