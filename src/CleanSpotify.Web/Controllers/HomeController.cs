using CleanSpotify.Application.Links.GetLinkStatus;

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
