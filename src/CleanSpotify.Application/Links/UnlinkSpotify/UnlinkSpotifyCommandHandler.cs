using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using Mediator;

namespace CleanSpotify.Application.Links.UnlinkSpotify;

/// <summary>
/// Deletes the link row (the encrypted tokens go with it), then everything derived from the link: cached Spotify
/// reads, rank snapshots and saved-playlist records. Running it again, or with no link, removes nothing and succeeds.
/// </summary>
public sealed class UnlinkSpotifyCommandHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    ISpotifyLinkRemover linkRemover,
    ISpotifyReadCache cache,
    SpotifyDataEraser eraser) : ICommandHandler<UnlinkSpotifyCommand, Result<UnlinkedDto>>
{
    public async ValueTask<Result<UnlinkedDto>> Handle(UnlinkSpotifyCommand command, CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } userId)
        {
            return Error.Unauthenticated();
        }

        var link = await links.FindByUserAsync(userId, cancellationToken);
        var deleted = await linkRemover.DeleteAsync(userId, cancellationToken);
        await cache.ForgetUserAsync(userId, cancellationToken);
        await eraser.DeleteKeptDataAsync(userId, cancellationToken);
        return new UnlinkedDto(deleted, link?.Account.DisplayName ?? link?.Account.UserId);
    }
}
