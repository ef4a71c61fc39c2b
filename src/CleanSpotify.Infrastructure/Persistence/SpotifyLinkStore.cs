using System.Runtime.CompilerServices;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Links;
using CleanSpotify.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="ISpotifyLinkStore"/> and <see cref="ISpotifyLinkRemover"/>; tokens are encrypted by the
/// model's value converters.
/// </summary>
internal sealed class SpotifyLinkStore(CleanSpotifyDbContext db) : ISpotifyLinkStore, ISpotifyLinkRemover
{
    /// <summary>
    /// Every signed-in page reads the summary, so its query is compiled once rather than translated from a new
    /// expression tree on each request. EF Core refuses a compiled query with any model but the first it ran with, and
    /// a process can hold several (tests build one per key ring), so there is one per model.
    /// </summary>
    private static readonly ConditionalWeakTable<IModel, Func<CleanSpotifyDbContext, string, CancellationToken, Task<SpotifyLinkSummary?>>> SummaryQueries = [];

    private (string AppUserId, SpotifyLinkSummary? Summary)? _summary;

    public async Task<SpotifyLink?> FindByUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        var link = await db.SpotifyLinks.SingleOrDefaultAsync(l => l.AppUserId == appUserId, cancellationToken);
        _summary = (appUserId, link?.Summary);
        return link;
    }

    /// <summary>
    /// Projects the row's columns without the encrypted ones, so no token is decrypted, and keeps the answer for the
    /// rest of this scope (one request); reading, saving or deleting the whole link here replaces it. The token
    /// service changes links in a scope of its own: a page that must see that reads the whole link again.
    /// </summary>
    public async Task<SpotifyLinkSummary?> FindSummaryByUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        if (_summary is { } kept && string.Equals(kept.AppUserId, appUserId, StringComparison.Ordinal))
        {
            return kept.Summary;
        }

        var query = SummaryQueries.GetValue(db.Model, static _ => CompileSummaryQuery());
        var summary = await query(db, appUserId, cancellationToken);
        _summary = (appUserId, summary);
        return summary;
    }

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
            _summary = (link.AppUserId, link.Summary);
            return true;
        }
        catch (DbUpdateException exception) when (db.IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
            _summary = null;
            return false;
        }
    }

    /// <summary>One conditional delete of the row, so a token refresh racing with it cannot write the tokens back.</summary>
    public async Task<bool> DeleteAsync(string appUserId, CancellationToken cancellationToken)
    {
        var deleted = await db.SpotifyLinks.Where(l => l.AppUserId == appUserId).ExecuteDeleteAsync(cancellationToken);
        _summary = null;
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
        _summary = null;
        return deleted > 0;
    }

    private static Func<CleanSpotifyDbContext, string, CancellationToken, Task<SpotifyLinkSummary?>> CompileSummaryQuery() =>
        EF.CompileAsyncQuery((CleanSpotifyDbContext context, string appUserId, CancellationToken _) => context.SpotifyLinks
            .AsNoTracking()
            .Where(l => l.AppUserId == appUserId)
            .Select(l => new SpotifyLinkSummary(
                l.Id,
                l.AppUserId,
                new SpotifyAccount(l.Account.AccountKey, l.Account.UserId, l.Account.DisplayName),
                l.Status,
                l.AuthorizedAt,
                EF.Property<List<string>>(l, SpotifyLinkConfiguration.GrantedScopesField)))
            .SingleOrDefault());
}
