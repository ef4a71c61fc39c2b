using CleanSpotify.Application.Export;
using CleanSpotify.Application.Export.ExportRecentlyPlayed;
using CleanSpotify.Application.Export.ExportTopList;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Web.RateLimiting;
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
    public Task<IActionResult> TopTracks(TimeRange range, ExportFormat format, CancellationToken cancellationToken) =>
        DownloadAsync(new ExportTopListQuery(TopListKind.Tracks, range, format), cancellationToken);

    /// <summary><c>GET /top/artists/export?range=…&amp;format=csv|json</c>.</summary>
    [HttpGet("top/artists/export")]
    public Task<IActionResult> TopArtists(TimeRange range, ExportFormat format, CancellationToken cancellationToken) =>
        DownloadAsync(new ExportTopListQuery(TopListKind.Artists, range, format), cancellationToken);

    /// <summary><c>GET /recent/export?format=csv|json</c>.</summary>
    [HttpGet("recent/export")]
    public Task<IActionResult> Recent(ExportFormat format, CancellationToken cancellationToken) =>
        DownloadAsync(new ExportRecentlyPlayedQuery(format), cancellationToken);

    private async Task<IActionResult> DownloadAsync(IQuery<Result<ExportFileDto>> query, CancellationToken cancellationToken) =>
        this.ToActionResult(await sender.Send(query, cancellationToken), DownloadResult.For);
}
