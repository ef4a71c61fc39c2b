using CleanSpotify.Application.Account.GetAccount;
using CleanSpotify.Application.Links.GetLinkStatus;
using CleanSpotify.Web.Models;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Web.ViewComponents;

/// <summary>
/// The signed-in user's Spotify name and picture in the page header. The picture comes from the per-user profile
/// cache (the account page's read, so Spotify is asked at most once per cache period); error pages read the saved
/// link only, so a failing Spotify is not asked again to draw a header. Nothing shows without a working link.
/// </summary>
public sealed class HeaderAccountViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Content(string.Empty);
        }

        if (HttpContext.Response.StatusCode >= StatusCodes.Status400BadRequest)
        {
            var status = await sender.Send(new GetLinkStatusQuery(), HttpContext.RequestAborted);
            return status.IsSuccess && status.Value.IsLinked
                ? View(HeaderAccountViewModel.For(status.Value.DisplayName, null))
                : Content(string.Empty);
        }

        var account = await sender.Send(new GetAccountQuery(), HttpContext.RequestAborted);
        if (!account.IsSuccess || !account.Value.Link.IsLinked)
        {
            return Content(string.Empty);
        }

        var profile = account.Value.Profile;
        return View(HeaderAccountViewModel.For(profile?.DisplayName ?? account.Value.Link.DisplayName, profile?.ImageUrl));
    }
}
