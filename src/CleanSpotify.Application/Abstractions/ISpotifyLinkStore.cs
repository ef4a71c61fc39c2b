using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: where Spotify links (and their encrypted tokens) are kept.</summary>
public interface ISpotifyLinkStore
{
    Task<SpotifyLink?> FindByUserAsync(string appUserId, CancellationToken cancellationToken);

    Task<SpotifyLink?> FindByAccountAsync(string accountKey, CancellationToken cancellationToken);

    /// <summary>
    /// Adds or updates the link. Returns false, saving nothing, when its Spotify account is already linked to
    /// another app user (a race the caller's own check could not see).
    /// </summary>
    Task<bool> SaveAsync(SpotifyLink link, CancellationToken cancellationToken);
}
