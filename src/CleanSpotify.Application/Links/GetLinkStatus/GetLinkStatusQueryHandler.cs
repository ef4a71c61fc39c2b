namespace CleanSpotify.Application.Links.GetLinkStatus;

/// <summary>Reads the link from the store only: showing a status never calls Spotify.</summary>
public sealed class GetLinkStatusQueryHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    TimeProvider timeProvider) : IQueryHandler<GetLinkStatusQuery, Result<LinkStatusDto>>
{
    public async ValueTask<Result<LinkStatusDto>> Handle(GetLinkStatusQuery query, CancellationToken cancellationToken)
    {
        var saved = await SpotifyLinkRequirement.FindAsync(currentUser, links, cancellationToken);
        return saved.Link is { } link ? LinkStatusDto.From(link, timeProvider.GetUtcNow()) : LinkStatusDto.NotLinked;
    }
}
