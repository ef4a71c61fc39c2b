using CleanSpotify.Application.Common.Behaviors;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.StaticFiles;

namespace CleanSpotify.Web;

public static class WebApplicationExtensions
{
    /// <summary>The middleware pipeline, in order.</summary>
    public static WebApplication UseCleanSpotify(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseResponseCompression();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",

            // Use cases log their own unexpected exceptions, with the use case's name; log the rest here, once.
            SuppressDiagnosticsCallback = context => LoggedExceptions.IsMarked(context.Exception),
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");

        // Deployed over https: HSTS on https requests (behind a proxy, ASPNETCORE_FORWARDEDHEADERS_ENABLED makes them
        // so; never to loopback hosts), and plain-http pages redirected to https. Health probes are answered as they come.
        if (app.Services.GetRequiredService<SiteTransport>().IsHttps)
        {
            app.UseHsts();
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), branch => branch.UseHttpsRedirection());
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetCacheControl });
        app.UseWhen(ImportUploadLimitsMiddleware.Applies, branch => branch.UseMiddleware<ImportUploadLimitsMiddleware>());
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        // After authentication, so that per-user limits see the user, and anonymous requests to signed-in features
        // are turned away by authorization before they can touch anyone's allowance.
        app.UseRateLimiter();
        app.MapControllers();

        // Liveness answers as long as the process serves requests; readiness also needs the database. Neither calls Spotify.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(CleanSpotify.Infrastructure.DependencyInjection.ReadyTag) });
        return app;
    }

    /// <summary>
    /// Files linked with <c>asp-append-version</c> carry their content hash in <c>?v=</c>, so a changed file gets a new
    /// URL: those are cached for a year. Anything else (such as <c>/favicon.ico</c>) is cached for an hour.
    /// </summary>
    private static void SetCacheControl(StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600";
}
