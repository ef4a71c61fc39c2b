using CleanSpotify.Application.Refresh.RefreshSpotifyData;

namespace CleanSpotify.Web.Controllers;

/// <summary>The "Refresh" button on list pages: bypasses the cache for the user's next pages, a few times a minute at most.</summary>
[Authorize]
[Route("refresh")]
public sealed class RefreshController(ISender sender) : Controller
{
    [HttpPost("")]
    [EnableRateLimiting(RateLimitPolicies.Refresh)]
    public async Task<IActionResult> Refresh([FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new RefreshSpotifyDataCommand(returnUrl), cancellationToken);
        return this.ToActionResult(result, LocalRedirect);
    }
}
