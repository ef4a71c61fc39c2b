using CleanSpotify.Application.Export;
using CleanSpotify.Application.Listening.ExportListeningHistory;
using CleanSpotify.Application.Listening.GetListeningHistory;
using CleanSpotify.Application.Listening.GetListeningStats;

namespace CleanSpotify.Web.Controllers;

/// <summary>The stored listening history: the plays page, the stats page and the download of every play.</summary>
[Authorize]
[RejectUnboundInput]
public sealed class ListeningController(ISender sender) : Controller
{
    /// <summary><c>GET /history?from=YYYY-MM-DD&amp;to=YYYY-MM-DD&amp;page=N</c>: plays by day, newest first.</summary>
    [HttpGet("history")]
    public async Task<IActionResult> History(
        DateOnly? from, DateOnly? to, [ModelBinder(typeof(HistoryPageBinder))] int page, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetListeningHistoryQuery(from, to, page), cancellationToken);
        return this.ToActionResult(result, history => View(HistoryViewModel.From(history)));
    }

    /// <summary><c>GET /stats?from=YYYY-MM-DD&amp;to=YYYY-MM-DD</c>: figures, charts and top lists for the period.</summary>
    [HttpGet("stats")]
    public async Task<IActionResult> Stats(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetListeningStatsQuery(from, to), cancellationToken);
        return this.ToActionResult(result, stats => View(StatsViewModel.From(stats)));
    }

    /// <summary><c>GET /history/export?format=csv|json&amp;from=…&amp;to=…</c>: every stored play of the period.</summary>
    [HttpGet("history/export")]
    [EnableRateLimiting(RateLimitPolicies.UserActions)]
    public async Task<IActionResult> Export(ExportFormat format, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ExportListeningHistoryQuery(format, from, to), cancellationToken);
        return this.ToActionResult(result, DownloadResult.For);
    }
}
