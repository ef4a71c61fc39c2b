using System.Security.Cryptography;
using System.Text;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Links;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IPendingAuthorizationStore"/>. A state is taken with a conditional delete, so across
/// requests and instances exactly one caller gets it back. Each start first deletes every user's expired rows (one
/// statement on the <c>ExpiresAt</c> index) and the user's rows beyond the newest
/// <see cref="PendingAuthorization.MaxPerUser"/> - 1, so the new one always survives. Two starts of one user at the same
/// instant may briefly leave one row too many; the next start trims it.
/// </summary>
internal sealed class PendingAuthorizationStore(CleanSpotifyDbContext db, TimeProvider timeProvider) : IPendingAuthorizationStore
{
    public async Task AddAsync(PendingAuthorization pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var now = timeProvider.GetUtcNow();
        await db.PendingAuthorizations.Where(p => p.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);

        var userId = pending.AppUserId;
        var newestKept = db.PendingAuthorizations
            .Where(p => p.AppUserId == userId)
            .OrderByDescending(p => p.CreatedAt)
            .ThenByDescending(p => p.StateHash)
            .Take(PendingAuthorization.MaxPerUser - 1)
            .Select(p => p.StateHash);
        await db.PendingAuthorizations
            .Where(p => p.AppUserId == userId && !newestKept.Contains(p.StateHash))
            .ExecuteDeleteAsync(cancellationToken);

        db.PendingAuthorizations.Add(new PendingAuthorizationRecord
        {
            StateHash = Hash(pending.State),
            AppUserId = pending.AppUserId,
            CodeVerifier = pending.CodeVerifier,
            ReturnUrl = pending.ReturnUrl,
            CreatedAt = pending.CreatedAt,
            ExpiresAt = pending.ExpiresAt,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<PendingAuthorization?> TakeAsync(string state, string appUserId, CancellationToken cancellationToken)
    {
        var stateHash = Hash(state);
        var record = await db.PendingAuthorizations.AsNoTracking()
            .SingleOrDefaultAsync(p => p.StateHash == stateHash && p.AppUserId == appUserId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var deleted = await db.PendingAuthorizations
            .Where(p => p.StateHash == stateHash && p.AppUserId == appUserId)
            .ExecuteDeleteAsync(cancellationToken);
        return deleted == 1
            ? new PendingAuthorization(state, record.AppUserId, record.CodeVerifier, record.ReturnUrl, record.CreatedAt)
            : null;
    }

    public async Task<IReadOnlyList<PendingAuthorizationInfo>> ListForUserAsync(string appUserId, CancellationToken cancellationToken)
    {
        var rows = await db.PendingAuthorizations.AsNoTracking()
            .Where(p => p.AppUserId == appUserId)
            .OrderBy(p => p.CreatedAt)
            .Select(p => new { p.CreatedAt, p.ExpiresAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PendingAuthorizationInfo(r.CreatedAt, r.ExpiresAt)).ToArray();
    }

    public Task DeleteForUserAsync(string appUserId, CancellationToken cancellationToken) =>
        db.PendingAuthorizations.Where(p => p.AppUserId == appUserId).ExecuteDeleteAsync(cancellationToken);

    private static string Hash(string state) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));
}
