using CleanSpotify.Application.Tracks.GetTopTracks;
using CleanSpotify.Web.Infrastructure;
using CleanSpotify.Web.Models;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Web.Controllers;

[Authorize]
[Route("top")]
public sealed class TopController(ISender sender) : Controller
{
    /// <summary><c>GET /top/tracks?range=short_term|medium_term|long_term&amp;page=N</c>.</summary>
    [HttpGet("tracks")]
    public async Task<IActionResult> Tracks(string? range, string? page, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetTopTracksQuery(range, page), cancellationToken);
        return this.ToActionResult(result, tracks => View(TopTracksViewModel.From(tracks)));
    }
}
