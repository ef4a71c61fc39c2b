using CleanSpotify.Application.Abstractions;
using CleanSpotify.SpotifySandbox;
using CleanSpotify.Web.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Web;

public static class DependencyInjection
{
    /// <summary>MVC with antiforgery on every unsafe request, Identity's cookie sign-in, and the current user.</summary>
    public static IServiceCollection AddWeb(this IServiceCollection services, SandboxHost? sandbox)
    {
        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "CleanSpotify.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddSignInManager();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "CleanSpotify.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/login";
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
        });

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddSingleton(new SiteInfo(sandbox is not null, sandbox is null ? null : new Uri(sandbox.BaseAddress, "sandbox")));

        // Request lines carry the callback's code and state in their query string: keep them out of the logs.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning));
        return services;
    }
}
