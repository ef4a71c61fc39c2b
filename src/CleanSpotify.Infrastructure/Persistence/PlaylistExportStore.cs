using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Playlists;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IPlaylistExportStore"/>. A reservation is an insert guarded by the unique index on user and
/// request id, so of two concurrent submissions of one form exactly one reserves it.
/// </summary>
internal sealed class PlaylistExportStore(CleanSpotifyDbContext db) : IPlaylistExportStore
{
    public async Task<PlaylistExport?> FindAsync(string appUserId, Guid requestId, CancellationToken cancellationToken)
    {
        var record = await db.PlaylistExports.AsNoTracking()
            .SingleOrDefaultAsync(e => e.AppUserId == appUserId && e.RequestId == requestId, cancellationToken);
        return record?.ToExport();
    }

    public async Task<PlaylistExport?> TryReserveAsync(PlaylistExport pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        if (await db.TryInsertAsync(PlaylistExportRecord.From(pending), cancellationToken))
        {
            return null;
        }

        return await FindAsync(pending.AppUserId, pending.RequestId, cancellationToken)
            ?? throw new InvalidOperationException("A playlist export held the request id, then vanished.");
    }

    public async Task<PlaylistExport> CompleteAsync(string appUserId, Guid requestId, string playlistId, Uri? playlistUrl, CancellationToken cancellationToken)
    {
        var record = await db.PlaylistExports
            .SingleAsync(e => e.AppUserId == appUserId && e.RequestId == requestId, cancellationToken);
        record.Status = PlaylistExportStatus.Completed;
        record.PlaylistId = playlistId;
        record.PlaylistUrl = playlistUrl?.AbsoluteUri;
        await db.SaveChangesAsync(cancellationToken);
        return record.ToExport();
    }

    public Task ReleaseAsync(string appUserId, Guid requestId, CancellationToken cancellationToken) =>
        db.PlaylistExports
            .Where(e => e.AppUserId == appUserId && e.RequestId == requestId && e.Status == PlaylistExportStatus.InProgress)
            .ExecuteDeleteAsync(cancellationToken);

    public async Task<IReadOnlyList<PlaylistExport>> ListForUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        var records = await db.PlaylistExports.AsNoTracking()
            .Where(e => e.AppUserId == appUserId)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return records.Select(r => r.ToExport()).ToArray();
    }

    public Task DeleteForUserAsync(string appUserId, CancellationToken cancellationToken) =>
        db.PlaylistExports.Where(e => e.AppUserId == appUserId).ExecuteDeleteAsync(cancellationToken);
}
