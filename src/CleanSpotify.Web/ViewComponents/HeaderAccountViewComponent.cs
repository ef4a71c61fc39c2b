using CleanSpotify.Application.Account.GetHeaderAccount;

namespace CleanSpotify.Web.ViewComponents;

/// <summary>
/// The signed-in user's Spotify name and picture in the page header. It never calls Spotify: the name comes from the
/// saved link and the picture from the last cached profile read. Nothing shows without a working link.
/// </summary>
public sealed class HeaderAccountViewComponent(ISender sender) : SignedInViewComponent(sender)
{
    public Task<IViewComponentResult> InvokeAsync() =>
        ShowAsync(new GetHeaderAccountQuery(), account => account is null ? null : HeaderAccountViewModel.For(account.DisplayName, account.ImageUrl));
}
