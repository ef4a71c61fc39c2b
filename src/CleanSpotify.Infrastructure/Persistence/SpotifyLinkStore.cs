using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Links;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="ISpotifyLinkStore"/> and <see cref="ISpotifyLinkRemover"/>; tokens are encrypted by the
/// model's value converters.
/// </summary>
internal sealed class SpotifyLinkStore(CleanSpotifyDbContext db) : ISpotifyLinkStore, ISpotifyLinkRemover
{
    /// <summary>
    /// A page asks for the link up to three times (the page's use case, the header, the expiry banner), all in one
    /// request scope: the link this context already tracks is the current one (every write of the scope goes through
    /// it, and the token service reloads after clearing the tracker), so only the first ask reads and decrypts the row.
    /// </summary>
    public async Task<SpotifyLink?> FindByUserAsync(string appUserId, CancellationToken cancellationToken) =>
        db.SpotifyLinks.Local.FirstOrDefault(l => string.Equals(l.AppUserId, appUserId, StringComparison.Ordinal))
        ?? await db.SpotifyLinks.SingleOrDefaultAsync(l => l.AppUserId == appUserId, cancellationToken);

    public Task<SpotifyLink?> FindByAccountAsync(string accountKey, CancellationToken cancellationToken) =>
        db.SpotifyLinks.SingleOrDefaultAsync(l => l.Account.AccountKey == accountKey, cancellationToken);

    public async Task<bool> SaveAsync(SpotifyLink link, CancellationToken cancellationToken)
    {
        var entry = db.Entry(link);
        if (entry.State == EntityState.Detached)
        {
            db.SpotifyLinks.Add(link);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (db.IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>One conditional delete of the row, so a token refresh racing with it cannot write the tokens back.</summary>
    public async Task<bool> DeleteAsync(string appUserId, CancellationToken cancellationToken)
    {
        var deleted = await db.SpotifyLinks.Where(l => l.AppUserId == appUserId).ExecuteDeleteAsync(cancellationToken);
        foreach (var tracked in db.ChangeTracker.Entries<SpotifyLink>().Where(e => e.Entity.AppUserId == appUserId).ToArray())
        {
            tracked.State = EntityState.Detached;
        }

        return deleted > 0;
    }

    /// <summary>One delete conditioned on the id and the concurrency version the link was read with.</summary>
    public async Task<bool> DeleteIfUnchangedAsync(SpotifyLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var entry = db.Entry(link);
        if (entry.State == EntityState.Detached)
        {
            throw new ArgumentException("Only a link read through this store can be deleted if unchanged.", nameof(link));
        }

        var id = link.Id;
        var version = entry.Property<Guid>(CleanSpotifyDbContext.VersionProperty).OriginalValue;
        var deleted = await db.SpotifyLinks
            .Where(l => l.Id == id && EF.Property<Guid>(l, CleanSpotifyDbContext.VersionProperty) == version)
            .ExecuteDeleteAsync(cancellationToken);
        entry.State = EntityState.Detached;
        return deleted > 0;
    }
}
