using CleanSpotify.Application.Links.BeginLink;
using CleanSpotify.Application.Links.ExchangeCode;
using CleanSpotify.Application.Links.GetLinkStatus;
using CleanSpotify.Web.Infrastructure;
using CleanSpotify.Web.Models;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Web.Controllers;

[Authorize]
[Route("spotify")]
public sealed class SpotifyController(ISender sender) : Controller
{
    public const string FlashKey = "Flash";

    /// <summary>The link page: status and the link (or reconnect) form.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var status = await sender.Send(new GetLinkStatusQuery(), cancellationToken);
        return this.ToActionResult(status, link => View(LinkStatusViewModel.From(link)));
    }

    /// <summary>Starts linking: 302 to Spotify's consent page.</summary>
    [HttpPost("link")]
    public async Task<IActionResult> Link([FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new BeginLinkCommand(returnUrl), cancellationToken);
        return this.ToActionResult(result, redirect => Redirect(redirect.AuthorizeUri.AbsoluteUri));
    }

    /// <summary>
    /// Spotify's redirect back. Open to anonymous requests so that a lost session gets a clear page instead of a
    /// sign-in redirect that would carry the code along in its return URL.
    /// </summary>
    [AllowAnonymous]
    [HttpGet("callback")]
    public async Task<IActionResult> Callback([FromQuery] SpotifyCallbackQuery callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var result = await sender.Send(new ExchangeCodeCommand(callback.Code, callback.State, callback.Error), cancellationToken);
        return this.ToActionResult(result, linked =>
        {
            TempData[FlashKey] = $"Linked to Spotify as {linked.DisplayName ?? "your Spotify account"}.";
            return LocalRedirect(linked.ReturnUrl ?? "/top/tracks");
        });
    }
}
