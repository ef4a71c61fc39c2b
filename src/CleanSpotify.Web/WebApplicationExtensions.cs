using CleanSpotify.Application.Common.Behaviors;
using CleanSpotify.Web.Infrastructure;

namespace CleanSpotify.Web;

public static class WebApplicationExtensions
{
    /// <summary>The middleware pipeline, in order.</summary>
    public static WebApplication UseCleanSpotify(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",

            // Use cases log their own unexpected exceptions, with the use case's name; log the rest here, once.
            SuppressDiagnosticsCallback = context => LoggedExceptions.IsMarked(context.Exception),
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        return app;
    }
}
