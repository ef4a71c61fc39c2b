namespace CleanSpotify.Application.Links.UnlinkSpotify;

/// <summary>
/// Deletes the link row (the encrypted tokens go with it) and everything derived from the link in one transaction,
/// then forgets the cached Spotify reads. Running it again, or with no link, removes nothing and succeeds.
/// </summary>
public sealed class UnlinkSpotifyCommandHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    SpotifyDataEraser eraser) : ICommandHandler<UnlinkSpotifyCommand, Result<UnlinkedDto>>
{
    public async ValueTask<Result<UnlinkedDto>> Handle(UnlinkSpotifyCommand command, CancellationToken cancellationToken)
    {
        var (userId, link) = await SpotifyLinkRequirement.FindAsync(currentUser, links, cancellationToken);
        var deleted = await eraser.UnlinkAsync(userId, cancellationToken);
        return new UnlinkedDto(deleted, link?.Account.DisplayName ?? link?.Account.UserId);
    }
}
