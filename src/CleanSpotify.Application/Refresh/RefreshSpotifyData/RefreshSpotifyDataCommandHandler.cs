using CleanSpotify.Application.Links;

namespace CleanSpotify.Application.Refresh.RefreshSpotifyData;

/// <summary>Expires the user's fresh cache entries (older copies stay as fallbacks) and returns the local URL to go back to.</summary>
public sealed class RefreshSpotifyDataCommandHandler(ICurrentUser currentUser, ISpotifyReadCache cache)
    : ICommandHandler<RefreshSpotifyDataCommand, Result<string>>
{
    public async ValueTask<Result<string>> Handle(RefreshSpotifyDataCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;

        await cache.ExpireUserAsync(userId, cancellationToken);
        return LocalUrl.IsLocal(command.ReturnUrl) ? command.ReturnUrl! : "/top/tracks";
    }
}
