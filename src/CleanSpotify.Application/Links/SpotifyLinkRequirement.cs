using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Links;

/// <summary>The check every page that needs Spotify starts with: the signed-in user has a working link.</summary>
public static class SpotifyLinkRequirement
{
    /// <summary>The signed-in user and their saved link, whatever its state, or none: read from the store, never Spotify.</summary>
    public static async Task<SavedLink> FindAsync(ICurrentUser currentUser, ISpotifyLinkStore links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(currentUser);
        ArgumentNullException.ThrowIfNull(links);
        var userId = currentUser.RequiredId;
        return new SavedLink(userId, await links.FindSummaryByUserAsync(userId, cancellationToken));
    }

    /// <summary>The user and their working link, or the error that sends them to sign in, link or reconnect.</summary>
    public static async Task<Result<LinkedSpotifyUser>> RequireAsync(ICurrentUser currentUser, ISpotifyLinkStore links, CancellationToken cancellationToken) =>
        Require((await FindAsync(currentUser, links, cancellationToken)).Link);

    /// <summary>As <see cref="RequireAsync"/>, and the link must also hold <paramref name="scope"/>.</summary>
    public static async Task<Result<LinkedSpotifyUser>> RequireScopeAsync(
        ICurrentUser currentUser, ISpotifyLinkStore links, string scope, CancellationToken cancellationToken)
    {
        var link = (await FindAsync(currentUser, links, cancellationToken)).Link;
        var user = Require(link);
        return !user.IsSuccess || link!.HasScope(scope) ? user : LinkErrors.ScopeMissing;
    }

    /// <summary>The check of <see cref="RequireAsync"/> on a link already read.</summary>
    public static Result<LinkedSpotifyUser> Require(SpotifyLinkSummary? link) =>
        link is null ? LinkErrors.NotLinked
        : link.Status == LinkStatus.Linked ? LinkedSpotifyUser.Of(link)
        : LinkErrors.MustReconnect;
}

/// <summary>A signed-in app user and the link saved for them, if any.</summary>
public sealed record SavedLink(string AppUserId, SpotifyLinkSummary? Link);
