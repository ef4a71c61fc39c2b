using CleanSpotify.Application.Listening.ImportDataExport;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Web.Controllers;

/// <summary>Friendly pages for unhandled exceptions and bare status codes (404, 405, ...), for any HTTP method.</summary>
[Route("error")]
[IgnoreAntiforgeryToken]
public sealed class ErrorController(IOptions<ImportOptions> importOptions) : Controller
{
    private const string NotFoundMessage = "There is no page at this address. Check the link, or start again from the home page.";

    /// <summary>
    /// The exception handler's page. Opened directly (<c>/error</c> or <c>/error/</c> typed in), there is no exception
    /// to report, so it is a page that does not exist like any other.
    /// </summary>
    [Route("")]
    public IActionResult Unhandled() => HttpContext.Features.Get<IExceptionHandlerFeature>() is null
        ? Status(StatusCodes.Status404NotFound)
        : this.ProblemView(new ProblemViewModel(
            StatusCodes.Status500InternalServerError,
            "Something went wrong",
            "Something went wrong on our side. Nothing you saved was lost; please try again in a moment."));

    [Route("{statusCode:int}")]
    public IActionResult Status(int statusCode) => this.ProblemView(statusCode switch
    {
        StatusCodes.Status404NotFound => new ProblemViewModel(statusCode, "Page not found", NotFoundMessage),
        StatusCodes.Status400BadRequest => new ProblemViewModel(statusCode, "That request can't be used", "The request was not valid. Please go back and try again."),
        StatusCodes.Status429TooManyRequests => new ProblemViewModel(statusCode, "Too many attempts", "Too many attempts in a short time, from your account or your address. Wait a minute, then try again."),
        StatusCodes.Status413PayloadTooLarge => new ProblemViewModel(statusCode, "That upload is too big", TooLargeMessage(importOptions.Value.MaxUploadBytes)),
        StatusCodes.Status405MethodNotAllowed => new ProblemViewModel(statusCode, "Not allowed", "This page can't be used that way. Start again from the home page."),
        >= 400 and < 600 => new ProblemViewModel(statusCode, "Something went wrong", "This request could not be completed. Please try again."),
        _ => new ProblemViewModel(StatusCodes.Status404NotFound, "Page not found", NotFoundMessage),
    });

    /// <summary>The sentence for an upload over <c>Import:MaxUploadBytes</c>; nothing of it was read or kept.</summary>
    public static string TooLargeMessage(long maxUploadBytes) =>
        $"Uploads are limited to {ImportFormViewModel.Megabytes(maxUploadBytes)} MB, so nothing was read or kept. Upload the zip Spotify sent as it is, or its JSON files a few at a time.";
}
