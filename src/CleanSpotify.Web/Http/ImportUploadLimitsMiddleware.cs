using CleanSpotify.Application.Listening.ImportDataExport;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Web.Http;

/// <summary>
/// Applies <c>Import:MaxUploadBytes</c> to <c>POST /history/import</c> before anything reads the body (the
/// antiforgery check reads the form first): a declared length over the limit is answered 413 at once (the error page
/// explains it); otherwise Kestrel's body limit and the form's multipart limit are raised or lowered to it.
/// </summary>
public sealed class ImportUploadLimitsMiddleware(RequestDelegate next, IOptions<ImportOptions> options)
{
    public const string Path = "/history/import";

    public static bool Applies(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase);
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var max = options.Value.MaxUploadBytes;
        if (context.Request.ContentLength > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = max;
        }

        context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = max }));
        return next(context);
    }
}
