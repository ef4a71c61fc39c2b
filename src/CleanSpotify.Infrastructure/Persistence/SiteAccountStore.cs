using CleanSpotify.Application.Abstractions;
using Microsoft.AspNetCore.Identity;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="ISiteAccountStore"/> on ASP.NET Core Identity. Its user store shares the request's
/// DbContext, so a deletion joins an open <see cref="IUnitOfWork"/> transaction; the database deletes the user's
/// claims, logins, tokens and roles with the user row (cascading foreign keys).
/// </summary>
internal sealed class SiteAccountStore(UserManager<IdentityUser> users) : ISiteAccountStore
{
    public async Task<SiteAccount?> FindAsync(string appUserId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await users.FindByIdAsync(appUserId);
        return user is null
            ? null
            : new SiteAccount(
                user.Id,
                user.Email,
                user.EmailConfirmed,
                user.UserName,
                user.PhoneNumber,
                user.PhoneNumberConfirmed,
                user.TwoFactorEnabled,
                user.LockoutEnabled,
                user.LockoutEnd,
                user.AccessFailedCount);
    }

    public async Task<bool> DeleteAsync(string appUserId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await users.FindByIdAsync(appUserId);
        if (user is null)
        {
            return false;
        }

        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException($"Identity refused to delete a user: {string.Join(", ", deleted.Errors.Select(e => e.Code))}.");
        }

        return true;
    }
}
