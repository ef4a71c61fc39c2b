using CleanSpotify.Web.Models;
using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Benchmarks.Ceiling;

/// <summary>The site's header chip, from a model built once instead of the saved link and the cache.</summary>
[ViewComponent(Name = "HeaderAccount")]
public sealed class CeilingHeaderAccountViewComponent(HeaderAccountViewModel model) : ViewComponent
{
    public IViewComponentResult Invoke() => View("~/Views/Shared/Components/HeaderAccount/Default.cshtml", model);
}
