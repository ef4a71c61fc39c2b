namespace CleanSpotify.Application.Recent.GetRecentlyPlayed;

/// <summary>Reads the last plays through the per-user cache; a missing or broken link asks the user to link.</summary>
public sealed class GetRecentlyPlayedQueryHandler(RecentPlays recentPlays) : IQueryHandler<GetRecentlyPlayedQuery, Result<RecentlyPlayedDto>>
{
    public async ValueTask<Result<RecentlyPlayedDto>> Handle(GetRecentlyPlayedQuery query, CancellationToken cancellationToken)
    {
        var read = await recentPlays.ReadAsync(cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        return new RecentlyPlayedDto(read.Value.Value, read.Value.FetchedAt, read.Value.StaleBecause?.Message);
    }
}
