using CleanSpotify.Application.Abstractions;

namespace CleanSpotify.Application.Links;

/// <summary>
/// The one list of what the site keeps from a user's Spotify account besides the link row: rank snapshots and
/// saved-playlist records. Unlinking, a stale link taken over by its rightful owner and deleting the site account all
/// delete through here, so data kept from Spotify later (such as listening history) is added to this list once.
/// Cached Spotify reads are not in the database; callers forget them with <see cref="ISpotifyReadCache.ForgetUserAsync"/>
/// after their transaction.
/// </summary>
public sealed class SpotifyDataEraser(IRankHistoryStore rankHistory, IPlaylistExportStore playlistExports)
{
    public async Task DeleteKeptDataAsync(string appUserId, CancellationToken cancellationToken)
    {
        await rankHistory.DeleteForUserAsync(appUserId, cancellationToken);
        await playlistExports.DeleteForUserAsync(appUserId, cancellationToken);
    }
}
