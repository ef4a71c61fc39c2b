using CleanSpotify.Application.Export;
using CleanSpotify.Application.Export.ExportRecentlyPlayed;
using CleanSpotify.Application.Export.ExportTopArtists;
using CleanSpotify.Application.Export.ExportTopTracks;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Web.Http;
using CleanSpotify.Web.RateLimiting;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CleanSpotify.Web.Controllers;

/// <summary>Downloads of whole lists as CSV or JSON, saved under the name the use case chose.</summary>
[Authorize]
[RejectUnboundInput]
[EnableRateLimiting(RateLimitPolicies.UserActions)]
public sealed class ExportController(ISender sender) : Controller
{
    /// <summary><c>GET /top/tracks/export?range=…&amp;format=csv|json</c>.</summary>
    [HttpGet("top/tracks/export")]
    public async Task<IActionResult> TopTracks(TimeRange range, ExportFormat format, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ExportTopTracksQuery(range, format), cancellationToken);
        return this.ToActionResult(result, DownloadResult.For);
    }

    /// <summary><c>GET /top/artists/export?range=…&amp;format=csv|json</c>.</summary>
    [HttpGet("top/artists/export")]
    public async Task<IActionResult> TopArtists(TimeRange range, ExportFormat format, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ExportTopArtistsQuery(range, format), cancellationToken);
        return this.ToActionResult(result, DownloadResult.For);
    }

    /// <summary><c>GET /recent/export?format=csv|json</c>.</summary>
    [HttpGet("recent/export")]
    public async Task<IActionResult> Recent(ExportFormat format, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ExportRecentlyPlayedQuery(format), cancellationToken);
        return this.ToActionResult(result, DownloadResult.For);
    }
}
