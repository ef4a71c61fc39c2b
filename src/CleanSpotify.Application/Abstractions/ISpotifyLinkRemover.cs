using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: removes a user's Spotify link, tokens included. Kept apart from <see cref="ISpotifyLinkStore"/> so that
/// the pages that only read and save links do not depend on deleting them.
/// </summary>
public interface ISpotifyLinkRemover
{
    /// <summary>Deletes the user's link row and the tokens in it; false when the user had no link.</summary>
    Task<bool> DeleteAsync(string appUserId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes this link row only if it is still as <paramref name="link"/> was read (same id and version); false when
    /// it changed or went in the meantime, and then nothing is deleted.
    /// </summary>
    Task<bool> DeleteIfUnchangedAsync(SpotifyLink link, CancellationToken cancellationToken);
}
