using CleanSpotify.Application.Export;
using CleanSpotify.Application.Export.ExportRecentlyPlayed;
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

    /// <summary><c>GET /recent/export?format=csv|json</c>: the same plays as a download, saved under the name the use case chose.</summary>
    [HttpGet("export")]
    [RejectUnboundInput]
    [EnableRateLimiting(RateLimitPolicies.UserActions)]
    public async Task<IActionResult> Export(ExportFormat format, CancellationToken cancellationToken) =>
        this.ToActionResult(await sender.Send(new ExportRecentlyPlayedQuery(format), cancellationToken), DownloadResult.For);
}
