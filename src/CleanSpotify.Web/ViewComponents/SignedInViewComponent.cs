namespace CleanSpotify.Web.ViewComponents;

/// <summary>
/// A part of every page drawn from one use case for the signed-in user. Nothing shows for an anonymous visitor, on a
/// failure, or when the use case's answer gives the part nothing to show (the model function returns null).
/// </summary>
public abstract class SignedInViewComponent(ISender sender) : ViewComponent
{
    protected async Task<IViewComponentResult> ShowAsync<T>(IQuery<Result<T>> query, Func<T, object?> toModel)
    {
        ArgumentNullException.ThrowIfNull(toModel);
        if (User.Identity?.IsAuthenticated != true)
        {
            return Content(string.Empty);
        }

        var result = await sender.Send(query, HttpContext.RequestAborted);
        return result.IsSuccess && toModel(result.Value) is { } model ? View(model) : Content(string.Empty);
    }
}
