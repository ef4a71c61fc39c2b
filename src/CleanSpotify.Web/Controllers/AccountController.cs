using CleanSpotify.Web.Models;
using CleanSpotify.Web.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CleanSpotify.Web.Controllers;

/// <summary>
/// Sign up, sign in and sign out with ASP.NET Core Identity: hashed passwords, lockout after repeated failures.
/// There is no e-mail confirmation, as the site sends no mail.
/// </summary>
[Route("account")]
public sealed class AccountController(UserManager<IdentityUser> userManager, SignInManager<IdentityUser> signInManager) : Controller
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

    private ViewResult Invalid(string viewName, object model)
    {
        var view = View(viewName, model);
        view.StatusCode = StatusCodes.Status400BadRequest;
        return view;
    }
}
