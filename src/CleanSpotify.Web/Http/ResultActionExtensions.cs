using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace CleanSpotify.Web.Http;

/// <summary>The one place where a use case's <see cref="Result{T}"/> becomes a page.</summary>
public static class ResultActionExtensions
{
    public const string InvalidRequestTitle = "That request can't be used";

    public static IActionResult ToActionResult<T>(this Controller controller, Result<T> result, Func<T, IActionResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.IsSuccess ? onSuccess(result.Value) : controller.ToErrorResult(result.Error);
    }

    /// <summary>
    /// For a form's target: a validation failure re-renders the form (from <paramref name="redisplayFormAsync"/>) with a
    /// 400 and each field's message next to its field; any other result is mapped as <see cref="ToActionResult{T}"/> does.
    /// </summary>
    public static async Task<IActionResult> ToFormResultAsync<T>(
        this Controller controller, Result<T> result, Func<T, IActionResult> onSuccess, Func<Task<IActionResult>> redisplayFormAsync)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(redisplayFormAsync);
        if (result.Error is not { Kind: ErrorKind.Validation, LinkProblem: LinkProblem.None } error)
        {
            return controller.ToActionResult(result, onSuccess);
        }

        controller.AddFormErrors(error);
        var form = await redisplayFormAsync();
        if (form is ViewResult { StatusCode: null } view)
        {
            view.StatusCode = StatusCodes.Status400BadRequest;
        }

        return form;
    }

    /// <summary>
    /// Each field's messages under the field's name; the error's own message goes to the form's summary unless a
    /// field already says it, so nothing is shown twice.
    /// </summary>
    public static void AddFormErrors(this Controller controller, Error error)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var (field, messages) in error.FieldErrors)
        {
            foreach (var message in messages)
            {
                controller.ModelState.AddModelError(field, message);
            }
        }

        if (!error.FieldErrors.Values.Any(messages => messages.Contains(error.Message, StringComparer.Ordinal)))
        {
            controller.ModelState.AddModelError(string.Empty, error.Message);
        }
    }

    public static IActionResult ToErrorResult(this Controller controller, Error error)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(error);
        var offerLink = error.LinkProblem != LinkProblem.None;
        switch (error.Kind)
        {
            case ErrorKind.Validation:
                return controller.ProblemView(new ProblemViewModel(StatusCodes.Status400BadRequest, InvalidRequestTitle, error.Message) { OfferLink = offerLink });
            case ErrorKind.NotFound:
                return controller.ProblemView(new ProblemViewModel(StatusCodes.Status404NotFound, "Not found", error.Message));
            case ErrorKind.Conflict:
                return controller.ProblemView(new ProblemViewModel(StatusCodes.Status409Conflict, "Already linked elsewhere", error.Message));
            case ErrorKind.Unauthenticated:
                return controller.ProblemView(new ProblemViewModel(StatusCodes.Status401Unauthorized, "Please sign in", error.Message) { OfferSignIn = true });
            case ErrorKind.LinkRequired:
                var form = error.LinkProblem is LinkProblem.MustReconnect or LinkProblem.ScopeMissing ? LinkFormViewModel.Reconnect : LinkFormViewModel.Link;
                return controller.View("LinkRequired", new LinkRequiredViewModel(error.Message, form with { ReturnUrl = LocalPathAndQuery(controller) }));
            case ErrorKind.ConsentDenied:
                return controller.ProblemView(new ProblemViewModel(StatusCodes.Status200OK, "Nothing was linked", error.Message) { OfferLink = true });
            case ErrorKind.SpotifyForbidden:
                return controller.ProblemView(new ProblemViewModel(StatusCodes.Status403Forbidden, "Spotify said no", error.Message) { OfferLink = error.LinkProblem == LinkProblem.ScopeMissing });
            case ErrorKind.RateLimited:
                return controller.RetryLaterView(error, StatusCodes.Status503ServiceUnavailable, "Spotify needs a break");
            case ErrorKind.Throttled:
                return controller.RetryLaterView(error, StatusCodes.Status429TooManyRequests, "A short pause for your account");
            default:
                return controller.ProblemView(new ProblemViewModel(StatusCodes.Status503ServiceUnavailable, "Spotify is not answering", error.Message));
        }
    }

    /// <summary>The shared error page with the model's status code.</summary>
    public static ViewResult ProblemView(this Controller controller, ProblemViewModel model)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(model);
        var view = controller.View("Problem", model);
        view.StatusCode = model.StatusCode;
        return view;
    }

    /// <summary>A page that says when to try again, with the same wait in <c>Retry-After</c>.</summary>
    private static ViewResult RetryLaterView(this Controller controller, Error error, int statusCode, string title)
    {
        var now = controller.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var retryAt = error.RetryAt ?? now.AddMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling((retryAt - now).TotalSeconds));
        controller.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return controller.ProblemView(new ProblemViewModel(statusCode, title, error.Message) { RetryAt = retryAt });
    }

    private static string LocalPathAndQuery(Controller controller)
    {
        var request = controller.Request;
        return request.Method == HttpMethods.Get ? UriHelper.BuildRelative(request.PathBase, request.Path, request.QueryString) : "/";
    }
}
