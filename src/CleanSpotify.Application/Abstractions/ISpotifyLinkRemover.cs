namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: removes a user's Spotify link, tokens included. Kept apart from <see cref="ISpotifyLinkStore"/> so that
/// the pages that only read and save links do not depend on deleting them.
/// </summary>
public interface ISpotifyLinkRemover
{
    /// <summary>Deletes the user's link row and the tokens in it; false when the user had no link.</summary>
    Task<bool> DeleteAsync(string appUserId, CancellationToken cancellationToken);
}
