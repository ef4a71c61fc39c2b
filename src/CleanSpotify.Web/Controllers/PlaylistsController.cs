using System.Globalization;
using CleanSpotify.Application.Links.BeginLink;
using CleanSpotify.Application.Playlists;
using CleanSpotify.Application.Playlists.CreatePlaylistFromTopTracks;
using CleanSpotify.Application.Playlists.GetPlaylistDraft;
using CleanSpotify.Application.Playlists.GetPlaylistExport;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Web.Controllers;

/// <summary>Saving top tracks as a private Spotify playlist: the form's target, its confirmation page and its result page.</summary>
[Authorize]
[RejectUnboundInput]
[Route("playlists")]
public sealed class PlaylistsController(ISender sender) : Controller
{
    /// <summary>
    /// Creates the playlist once per request id, then Post/Redirect/Get to its result page. When the link lacks the
    /// permission, sends the user to Spotify's consent page and back to <see cref="New"/> to finish.
    /// </summary>
    [HttpPost("")]
    [EnableRateLimiting(RateLimitPolicies.UserActions)]
    public async Task<IActionResult> Create([FromForm] SavePlaylistInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var result = await sender.Send(new CreatePlaylistFromTopTracksCommand(input.Range, input.Page, input.Count, input.RequestId), cancellationToken);
        if (result.Error is { Kind: ErrorKind.LinkRequired, LinkProblem: LinkProblem.ScopeMissing })
        {
            var consent = await sender.Send(new BeginLinkCommand(ConfirmationUrl(input), PlaylistRules.RequiredScope), cancellationToken);
            return this.ToActionResult(consent, redirect => Redirect(redirect.AuthorizeUri.AbsoluteUri));
        }

        return this.ToActionResult(result, export => LocalRedirect($"/playlists/{export.RequestId:D}"));
    }

    /// <summary><c>GET /playlists/new?range=…&amp;count=…&amp;page=…</c>: confirm before saving (where consent returns to).</summary>
    [HttpGet("new")]
    public async Task<IActionResult> New(
        TimeRange range, TrackSelection count, [ModelBinder(typeof(PageNumberBinder))] int page, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetPlaylistDraftQuery(range, count, page), cancellationToken);
        return this.ToActionResult(result, draft => View(PlaylistDraftViewModel.From(draft)));
    }

    /// <summary>The saved playlist: name, track count and a link to open it in Spotify.</summary>
    [HttpGet("{requestId:guid}")]
    public async Task<IActionResult> Show(Guid requestId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetPlaylistExportQuery(requestId), cancellationToken);
        return this.ToActionResult(result, export => View(PlaylistExportViewModel.From(export)));
    }

    private static string ConfirmationUrl(SavePlaylistInput input) => string.Create(
        CultureInfo.InvariantCulture,
        $"/playlists/new?range={TimeRangeNames.ToQueryValue(input.Range)}&count={QueryValueBinderProvider.ToFormValue(input.Count)}&page={input.Page}");
}
