using CleanSpotify.Application.Abstractions;
using CleanSpotify.SpotifySandbox;
using CleanSpotify.Web.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.ResponseCompression;
using System.IO.Compression;

namespace CleanSpotify.Web;

public static class DependencyInjection
{
    /// <summary>
    /// MVC with antiforgery on every unsafe request, Identity's cookie sign-in, and the current user; cookies and HSTS
    /// for an https deployment (<see cref="SiteTransport"/>); the Content-Security-Policy.
    /// </summary>
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration, SandboxHost? sandbox)
    {
        var transport = SiteTransport.From(configuration);
        services.AddSingleton(transport);
        services.AddControllersWithViews(options =>
        {
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.ModelBinderProviders.Insert(0, new QueryValueBinderProvider());
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "CleanSpotify.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;

            // Secure over HTTPS, as the auth cookie: behind a TLS-terminating proxy that is every request. Deployed
            // over https, always Secure and __Host- prefixed.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            transport.Harden(options.Cookie);
        });
        services.Configure<CookieTempDataProviderOptions>(options => transport.Harden(options.Cookie));
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddHttpsRedirection(options => options.HttpsPort = transport.HttpsPort);
        services.AddSingleton(_ =>
        {
            var (accounts, api) = CleanSpotify.Infrastructure.DependencyInjection.SpotifyBaseUrls(configuration);
            return new ContentSecurityPolicy(accounts, api);
        });

        // Identity itself (policy, stores, sign-in manager) is registered once, by AddInfrastructure; here only its cookie.
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
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
            options.Events.OnValidatePrincipal = SecurityStampCheck.WhenDueAsync;
            transport.Harden(options.Cookie);
        });

        services.AddCleanSpotifyRateLimits(configuration);
        services.AddTextCompression();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IPasswordVerifier, PasswordVerifier>();
        services.AddSingleton(new SiteInfo(sandbox is not null, sandbox is null ? null : new Uri(sandbox.BaseAddress, "sandbox")));

        // Request lines carry the callback's code and state in their query string: keep them out of the logs.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning));
        return services;
    }

    /// <summary>
    /// Brotli, else gzip, for pages, styles, scripts and SVG, at the optimal level (Bootstrap's 233 KB stylesheet goes
    /// out as about 33 KB instead of 48 KB at the fastest level, once a year per browser). Compression stays off over
    /// HTTPS (the default): pages carry antiforgery tokens next to text an attacker could inject, which is what BREACH
    /// needs.
    /// </summary>
    private static void AddTextCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "application/javascript", "text/javascript", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
    }
}
