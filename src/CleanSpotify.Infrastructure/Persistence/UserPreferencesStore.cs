using CleanSpotify.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>Adapter for <see cref="IUserPreferencesStore"/>: one row per user who changed a setting.</summary>
internal sealed class UserPreferencesStore(CleanSpotifyDbContext db) : IUserPreferencesStore
{
    public async Task<string> GetTimeZoneAsync(string appUserId, CancellationToken cancellationToken) =>
        await db.UserPreferences.AsNoTracking()
            .Where(p => p.AppUserId == appUserId)
            .Select(p => p.TimeZone)
            .SingleOrDefaultAsync(cancellationToken)
        ?? UserPreferencesRecord.DefaultTimeZone;

    public async Task SetTimeZoneAsync(string appUserId, string timeZoneId, CancellationToken cancellationToken)
    {
        var updated = await db.UserPreferences
            .Where(p => p.AppUserId == appUserId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.TimeZone, timeZoneId), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        db.UserPreferences.Add(new UserPreferencesRecord { AppUserId = appUserId, TimeZone = timeZoneId });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (db.IsUniqueViolation(exception))
        {
            // A second form post created the row first: the last choice wins.
            db.ChangeTracker.Clear();
            await db.UserPreferences
                .Where(p => p.AppUserId == appUserId)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.TimeZone, timeZoneId), cancellationToken);
        }
    }
}
