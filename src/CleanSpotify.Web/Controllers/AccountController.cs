using CleanSpotify.Application.Account.DeleteAccount;
using CleanSpotify.Application.Account.DownloadMyData;
using Microsoft.AspNetCore.Identity;

namespace CleanSpotify.Web.Controllers;

/// <summary>
/// Sign up, sign in and sign out with ASP.NET Core Identity: hashed passwords, lockout after repeated failures.
/// There is no e-mail confirmation, as the site sends no mail. Also deleting the account and downloading its data.
/// </summary>
[Route("account")]
public sealed class AccountController(
    UserManager<IdentityUser> userManager, SignInManager<IdentityUser> signInManager, ISender sender, TimeProvider timeProvider) : Controller
{
    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterViewModel());

    [HttpPost("register")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> Register(RegisterViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelState.IsValid)
        {
            return Invalid("Register", model);
        }

        var user = new IdentityUser { UserName = model.Email, Email = model.Email };
        var created = await userManager.CreateAsync(user, model.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.Password)
                    : error.Code is "DuplicateUserName" or "DuplicateEmail" or "InvalidEmail" or "InvalidUserName" ? nameof(model.Email)
                    : string.Empty;
                ModelState.AddModelError(field, error.Code is "DuplicateUserName" or "DuplicateEmail"
                    ? "An account with this e-mail address already exists. Sign in instead."
                    : error.Description);
            }

            return Invalid("Register", model);
        }

        await signInManager.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) =>
        View(new LoginViewModel { ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });

    [HttpPost("login")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelState.IsValid)
        {
            return Invalid("Login", model);
        }

        var result = await signInManager.PasswordSignInAsync(model.Email!, model.Password!, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Too many failed attempts: this account is locked for a few minutes. Try again later."
            : "The e-mail address or password is not right.");
        return Invalid("Login", model);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signInManager.SignOutAsync();
        return LocalRedirect("/");
    }

    /// <summary>
    /// Deletes the site account and everything stored for it once the password is confirmed, then signs out; a wrong
    /// or missing password re-renders the account page with the message next to the field. Rate limited per client
    /// address like sign-in, as it is a password attempt.
    /// </summary>
    [Authorize]
    [HttpPost("delete")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> Delete([FromForm] string? password, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DeleteAccountCommand(password), cancellationToken);
        if (result.IsSuccess)
        {
            await signInManager.SignOutAsync();
        }

        return await this.ToFormResultAsync(
            result,
            deleted =>
            {
                TempData[SpotifyController.FlashKey] = deleted.HadSpotifyLink
                    ? "Your account and everything stored for it were deleted, and your Spotify account was unlinked."
                    : "Your account and everything stored for it were deleted.";
                return LocalRedirect("/");
            },
            () => SpotifyController.AccountPageAsync(this, sender, timeProvider, cancellationToken));
    }

    /// <summary>Everything stored about the user, as a JSON download.</summary>
    [Authorize]
    [HttpGet("data")]
    [EnableRateLimiting(RateLimitPolicies.UserActions)]
    public async Task<IActionResult> Data(CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DownloadMyDataQuery(), cancellationToken);
        return this.ToActionResult(result, DownloadResult.For);
    }

    private ViewResult Invalid(string viewName, object model)
    {
        var view = View(viewName, model);
        view.StatusCode = StatusCodes.Status400BadRequest;
        return view;
    }
}
