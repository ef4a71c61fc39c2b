using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: where Spotify links (and their encrypted tokens) are kept.</summary>
public interface ISpotifyLinkStore
{
    /// <summary>The user's link with its tokens, read now: for changing it.</summary>
    Task<SpotifyLink?> FindByUserAsync(string appUserId, CancellationToken cancellationToken);

    /// <summary>
    /// The user's link without its tokens, for showing and checking it: read once per request (a page asks for it
    /// from its use case, its header and its banner), and again after this request reads or saves the whole link.
    /// </summary>
    Task<SpotifyLinkSummary?> FindSummaryByUserAsync(string appUserId, CancellationToken cancellationToken);

    Task<SpotifyLink?> FindByAccountAsync(string accountKey, CancellationToken cancellationToken);

    /// <summary>
    /// Adds or updates the link. Returns false, saving nothing, when its Spotify account is already linked to
    /// another app user (a race the caller's own check could not see).
    /// </summary>
    Task<bool> SaveAsync(SpotifyLink link, CancellationToken cancellationToken);
}
