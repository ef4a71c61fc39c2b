using CleanSpotify.Application.Artists.GetTopArtists;
using CleanSpotify.Application.History.GetRankHistory;
using CleanSpotify.Application.Tracks.GetTopTracks;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Web.Http;
using CleanSpotify.Web.Models;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Web.Controllers;

[Authorize]
[RejectUnboundInput]
[Route("top")]
public sealed class TopController(ISender sender, TimeProvider timeProvider) : Controller
{
    /// <summary><c>GET /top/tracks?range=short_term|medium_term|long_term&amp;page=N</c>.</summary>
    [HttpGet("tracks")]
    public async Task<IActionResult> Tracks(TimeRange range, [ModelBinder(typeof(PageNumberBinder))] int page, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetTopTracksQuery(range, page), cancellationToken);
        return this.ToActionResult(result, tracks => View(TopTracksViewModel.From(tracks, timeProvider.GetUtcNow())));
    }

    /// <summary><c>GET /top/artists?range=short_term|medium_term|long_term&amp;page=N</c>.</summary>
    [HttpGet("artists")]
    public async Task<IActionResult> Artists(TimeRange range, [ModelBinder(typeof(PageNumberBinder))] int page, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetTopArtistsQuery(range, page), cancellationToken);
        return this.ToActionResult(result, artists => View(TopArtistsViewModel.From(artists, timeProvider.GetUtcNow())));
    }

    /// <summary><c>GET /top/history?list=tracks|artists&amp;range=…&amp;id=…</c>: one item's rank, day by day.</summary>
    [HttpGet("history")]
    public async Task<IActionResult> History(TopListKind list, TimeRange range, string? id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetRankHistoryQuery(list, range, id ?? string.Empty), cancellationToken);
        return this.ToActionResult(result, history => View(RankHistoryViewModel.From(history)));
    }
}
