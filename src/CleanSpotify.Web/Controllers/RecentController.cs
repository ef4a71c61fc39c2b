using CleanSpotify.Application.Recent.GetRecentlyPlayed;

namespace CleanSpotify.Web.Controllers;

[Authorize]
[Route("recent")]
public sealed class RecentController(ISender sender, TimeProvider timeProvider) : Controller
{
    /// <summary><c>GET /recent</c>: the last 50 plays, grouped by day.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetRecentlyPlayedQuery(), cancellationToken);
        return this.ToActionResult(result, recent => View(RecentViewModel.From(recent, timeProvider.GetUtcNow())));
    }
}
