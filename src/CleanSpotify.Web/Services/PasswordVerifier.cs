using CleanSpotify.Application.Abstractions;
using Microsoft.AspNetCore.Identity;

namespace CleanSpotify.Web.Services;

/// <summary>
/// <see cref="IPasswordVerifier"/> on Identity's sign-in manager: the same password check and lockout counting as
/// the sign-in form, without signing in again.
/// </summary>
internal sealed class PasswordVerifier(UserManager<IdentityUser> users, SignInManager<IdentityUser> signInManager) : IPasswordVerifier
{
    public async Task<PasswordCheck> CheckAsync(string appUserId, string password, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await users.FindByIdAsync(appUserId) is not { } user)
        {
            return PasswordCheck.Wrong;
        }

        var result = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result.Succeeded ? PasswordCheck.Correct
            : result.IsLockedOut ? PasswordCheck.LockedOut
            : PasswordCheck.Wrong;
    }
}
