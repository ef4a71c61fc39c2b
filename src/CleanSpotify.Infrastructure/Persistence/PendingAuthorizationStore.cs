using System.Security.Cryptography;
using System.Text;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Domain.Links;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IPendingAuthorizationStore"/>. A state is taken with a conditional delete, so across
/// requests and instances exactly one caller gets it back.
/// </summary>
internal sealed class PendingAuthorizationStore(CleanSpotifyDbContext db, TimeProvider timeProvider) : IPendingAuthorizationStore
{
    /// <summary>Expired rows are kept this long after expiry, then pruned when new ones are added.</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    public async Task AddAsync(PendingAuthorization pending, CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - Retention;
        await db.PendingAuthorizations.Where(p => p.ExpiresAt < cutoff).ExecuteDeleteAsync(cancellationToken);

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

    private static string Hash(string state) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));
}
