using CleanSpotify.Application.Links.GetLinkStatus;
using CleanSpotify.Web.Models;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Web.ViewComponents;

/// <summary>
/// From five and a half months after consent, every page says when Spotify will end the link and offers to
/// reconnect early. Reads the saved link only; never calls Spotify.
/// </summary>
public sealed class LinkExpiryBannerViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Content(string.Empty);
        }

        var status = await sender.Send(new GetLinkStatusQuery(), HttpContext.RequestAborted);
        return status.IsSuccess && status.Value.IsExpiringSoon
            ? View(LinkStatusViewModel.From(status.Value))
            : Content(string.Empty);
    }
}
