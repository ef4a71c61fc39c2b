using CleanSpotify.Application.Account.GetSpotifyAccount;
using CleanSpotify.Application.Links.BeginLink;
using CleanSpotify.Application.Links.ExchangeCode;
using CleanSpotify.Application.Links.UnlinkSpotify;

namespace CleanSpotify.Web.Controllers;

[Authorize]
[Route("spotify")]
public sealed class SpotifyController(ISender sender, TimeProvider timeProvider) : Controller
{
    public const string FlashKey = "Flash";

    /// <summary>The account page: Spotify profile, link health and permissions, the reconnect and unlink forms.</summary>
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => AccountPageAsync(this, sender, timeProvider, cancellationToken);

    /// <summary>The account page, also re-rendered by the delete-account form it holds.</summary>
    internal static async Task<IActionResult> AccountPageAsync(Controller controller, ISender sender, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var account = await sender.Send(new GetSpotifyAccountQuery(), cancellationToken);
        return controller.ToActionResult(account, dto => controller.View("~/Views/Spotify/Index.cshtml", SpotifyAccountViewModel.From(dto, timeProvider.GetUtcNow())));
    }

    /// <summary>Removes the link, its tokens and everything kept from Spotify; the user stays signed in.</summary>
    [HttpPost("unlink")]
    [EnableRateLimiting(RateLimitPolicies.UserActions)]
    public async Task<IActionResult> Unlink(CancellationToken cancellationToken)
    {
        var result = await sender.Send(new UnlinkSpotifyCommand(), cancellationToken);
        return this.ToActionResult(result, unlinked =>
        {
            TempData[FlashKey] = unlinked.WasLinked
                ? $"Unlinked Spotify ({unlinked.DisplayName}). Its tokens, cached listening data, rank history and saved-playlist records were deleted here."
                : "There was no Spotify link to remove.";
            return LocalRedirect("/spotify");
        });
    }

    /// <summary>Starts linking: 302 to Spotify's consent page.</summary>
    [HttpPost("link")]
    [EnableRateLimiting(RateLimitPolicies.UserActions)]
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
