using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Links;

/// <summary>
/// The one list of what the site keeps from a user's Spotify account besides the link row: rank snapshots and
/// saved-playlist records. Unlinking, relinking to another Spotify account, a stale link taken over by its rightful
/// owner and deleting the site account all delete through here. Stored plays are deliberately not on this list: they
/// are the user's listening history and outlive the link (ADR 0024); deleting them is the user's own choice. A link goes with its kept data in one transaction, so a failure halfway
/// leaves nothing half-deleted; cached reads are outside the database and are forgotten after it commits.
/// </summary>
public sealed class SpotifyDataEraser(
    IRankHistoryStore rankHistory,
    IPlaylistExportStore playlistExports,
    ISpotifyLinkRemover linkRemover,
    IUnitOfWork unitOfWork,
    ISpotifyReadCache cache)
{
    /// <summary>
    /// For a caller already inside a transaction: deletes the user's link (tokens included) and what was kept from it;
    /// false when there was no link. Cached reads are the caller's to forget once the transaction commits.
    /// </summary>
    public async Task<bool> DeleteLinkAndKeptDataAsync(string appUserId, CancellationToken cancellationToken)
    {
        var removed = await linkRemover.DeleteAsync(appUserId, cancellationToken);
        await DeleteKeptDataAsync(appUserId, cancellationToken);
        return removed;
    }

    /// <summary>Deletes the user's link (tokens included) and what was kept from it; false when there was no link.</summary>
    public async Task<bool> UnlinkAsync(string appUserId, CancellationToken cancellationToken)
    {
        var deleted = await unitOfWork.InTransactionAsync(token => DeleteLinkAndKeptDataAsync(appUserId, token), cancellationToken);
        await cache.ForgetUserAsync(appUserId, cancellationToken);
        return deleted;
    }

    /// <summary>
    /// Deletes another user's link that needs reconnecting, with what was kept from it; false (nothing deleted) when
    /// the link changed since it was read, for instance because its holder just reconnected.
    /// </summary>
    public async Task<bool> TakeOverStaleLinkAsync(SpotifyLink staleLink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staleLink);
        var previousHolder = staleLink.AppUserId;
        var removed = await unitOfWork.InTransactionAsync(
            async token =>
            {
                if (!await linkRemover.DeleteIfUnchangedAsync(staleLink, token))
                {
                    return false;
                }

                await DeleteKeptDataAsync(previousHolder, token);
                return true;
            },
            cancellationToken);
        if (removed)
        {
            await cache.ForgetUserAsync(previousHolder, cancellationToken);
        }

        return removed;
    }

    /// <summary>Deletes what was kept, not the link; runs inside the caller's transaction.</summary>
    private async Task DeleteKeptDataAsync(string appUserId, CancellationToken cancellationToken)
    {
        await rankHistory.DeleteForUserAsync(appUserId, cancellationToken);
        await playlistExports.DeleteForUserAsync(appUserId, cancellationToken);
    }
}
