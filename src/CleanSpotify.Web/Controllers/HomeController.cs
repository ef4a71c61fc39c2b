using CleanSpotify.Application.Links.GetLinkStatus;
using CleanSpotify.Web.Http;
using CleanSpotify.Web.Models;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Web.Controllers;

[Route("")]
public sealed class HomeController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return View(HomeViewModel.Anonymous);
        }

        var status = await sender.Send(new GetLinkStatusQuery(), cancellationToken);
        return this.ToActionResult(status, link => View(new HomeViewModel(LinkStatusViewModel.From(link))));
    }
}
