using CleanSpotify.Application.Listening.GetTimeZone;

namespace CleanSpotify.Web.ViewComponents;

/// <summary>
/// The time-zone form of the account page. After a refused post the page's model state holds the value sent and
/// the message shown beside the field.
/// </summary>
public sealed class TimeZoneSettingViewComponent(ISender sender) : ViewComponent
{
    public const string FieldName = "TimeZone";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var setting = await sender.Send(new GetTimeZoneQuery(), HttpContext.RequestAborted);
        if (!setting.IsSuccess)
        {
            return Content(string.Empty);
        }

        var posted = ModelState.TryGetValue(FieldName, out var entry) ? entry.AttemptedValue : null;
        return View(setting.Value with { Current = posted ?? setting.Value.Current });
    }
}
