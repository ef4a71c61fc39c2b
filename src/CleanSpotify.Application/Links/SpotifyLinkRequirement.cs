using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Links;

/// <summary>The check every page that needs Spotify starts with: a signed-in user with a working link.</summary>
public static class SpotifyLinkRequirement
{
    /// <summary>The user and their working link, or the error that sends them to sign in, link or reconnect.</summary>
    public static async Task<Result<LinkedSpotifyUser>> RequireAsync(ICurrentUser currentUser, ISpotifyLinkStore links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(currentUser);
        ArgumentNullException.ThrowIfNull(links);
        if (currentUser.Id is not { } userId)
        {
            return Error.Unauthenticated();
        }

        var link = await links.FindByUserAsync(userId, cancellationToken);
        if (link is null)
        {
            return LinkErrors.NotLinked;
        }

        return link.Status == LinkStatus.Linked ? LinkedSpotifyUser.Of(link) : LinkErrors.MustReconnect;
    }

    /// <summary>As <see cref="RequireAsync"/>, and the link must also hold <paramref name="scope"/>.</summary>
    public static async Task<Result<LinkedSpotifyUser>> RequireScopeAsync(
        ICurrentUser currentUser, ISpotifyLinkStore links, string scope, CancellationToken cancellationToken)
    {
        var user = await RequireAsync(currentUser, links, cancellationToken);
        if (!user.IsSuccess)
        {
            return user;
        }

        var link = await links.FindByUserAsync(user.Value.AppUserId, cancellationToken);
        return link is not null && link.HasScope(scope) ? user : LinkErrors.ScopeMissing;
    }
}
