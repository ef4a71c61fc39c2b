using CleanSpotify.Application.Account.GetHeaderAccount;
using CleanSpotify.Web.Models;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Web.ViewComponents;

/// <summary>
/// The signed-in user's Spotify name and picture in the page header. It never calls Spotify: the name comes from the
/// saved link and the picture from the last cached profile read. Nothing shows without a working link.
/// </summary>
public sealed class HeaderAccountViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Content(string.Empty);
        }

        var header = await sender.Send(new GetHeaderAccountQuery(), HttpContext.RequestAborted);
        return header is { IsSuccess: true, Value: { } account }
            ? View(HeaderAccountViewModel.For(account.DisplayName, account.ImageUrl))
            : Content(string.Empty);
    }
}
