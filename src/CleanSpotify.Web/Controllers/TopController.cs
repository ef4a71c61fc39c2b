using CleanSpotify.Application.Export;
using CleanSpotify.Application.Export.ExportTopList;
using CleanSpotify.Application.History.GetRankHistory;
using CleanSpotify.Application.TopLists.GetTopList;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Web.Controllers;

[Authorize]
[RejectUnboundInput]
[Route("top")]
public sealed class TopController(ISender sender, TimeProvider timeProvider) : Controller
{
    /// <summary><c>GET /top/tracks?range=short_term|medium_term|long_term&amp;page=N</c>.</summary>
    [HttpGet("tracks")]
    public Task<IActionResult> Tracks(TimeRange range, [ModelBinder(typeof(PageNumberBinder))] int page, CancellationToken cancellationToken) =>
        ListAsync(TopListKind.Tracks, range, page, cancellationToken);

    /// <summary><c>GET /top/artists?range=short_term|medium_term|long_term&amp;page=N</c>.</summary>
    [HttpGet("artists")]
    public Task<IActionResult> Artists(TimeRange range, [ModelBinder(typeof(PageNumberBinder))] int page, CancellationToken cancellationToken) =>
        ListAsync(TopListKind.Artists, range, page, cancellationToken);

    /// <summary><c>GET /top/tracks/export?range=…&amp;format=csv|json</c>: the whole list, saved under the name the use case chose.</summary>
    [HttpGet("tracks/export")]
    [EnableRateLimiting(RateLimitPolicies.UserActions)]
    public Task<IActionResult> ExportTracks(TimeRange range, ExportFormat format, CancellationToken cancellationToken) =>
        ExportAsync(TopListKind.Tracks, range, format, cancellationToken);

    /// <summary><c>GET /top/artists/export?range=…&amp;format=csv|json</c>.</summary>
    [HttpGet("artists/export")]
    [EnableRateLimiting(RateLimitPolicies.UserActions)]
    public Task<IActionResult> ExportArtists(TimeRange range, ExportFormat format, CancellationToken cancellationToken) =>
        ExportAsync(TopListKind.Artists, range, format, cancellationToken);

    /// <summary><c>GET /top/history?list=tracks|artists&amp;range=…&amp;id=…</c>: one item's rank, day by day.</summary>
    [HttpGet("history")]
    public async Task<IActionResult> History(TopListKind list, TimeRange range, string? id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetRankHistoryQuery(list, range, id ?? string.Empty), cancellationToken);
        return this.ToActionResult(result, history => View(RankHistoryViewModel.From(history)));
    }

    /// <summary>One page of <paramref name="list"/>, rendered by the view named after the action (Tracks or Artists).</summary>
    private async Task<IActionResult> ListAsync(TopListKind list, TimeRange range, int page, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetTopListQuery(list, range, page), cancellationToken);
        return this.ToActionResult(result, top => View(TopListPageViewModel.From(top, list, timeProvider.GetUtcNow())));
    }

    private async Task<IActionResult> ExportAsync(TopListKind list, TimeRange range, ExportFormat format, CancellationToken cancellationToken) =>
        this.ToActionResult(await sender.Send(new ExportTopListQuery(list, range, format), cancellationToken), DownloadResult.For);
}
