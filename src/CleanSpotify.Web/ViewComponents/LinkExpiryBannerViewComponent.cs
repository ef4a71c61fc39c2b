using CleanSpotify.Application.Links.GetLinkStatus;

namespace CleanSpotify.Web.ViewComponents;

/// <summary>
/// From five and a half months after consent, every page says when Spotify will end the link and offers to
/// reconnect early. Reads the saved link only; never calls Spotify.
/// </summary>
public sealed class LinkExpiryBannerViewComponent(ISender sender) : SignedInViewComponent(sender)
{
    public Task<IViewComponentResult> InvokeAsync() =>
        ShowAsync(new GetLinkStatusQuery(), status => status.IsExpiringSoon ? LinkStatusViewModel.From(status) : null);
}
