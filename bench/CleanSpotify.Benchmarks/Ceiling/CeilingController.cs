using CleanSpotify.Web.Models;
using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Benchmarks.Ceiling;

/// <summary>The ceiling's one page, at the site's address for it.</summary>
public sealed class CeilingController(TopListPageViewModel model) : Controller
{
    [HttpGet("/top/tracks")]
    public IActionResult Tracks() => View("~/Views/Top/Tracks.cshtml", model);
}
