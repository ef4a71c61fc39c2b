using Microsoft.AspNetCore.Mvc;

namespace CleanSpotify.Benchmarks.Ceiling;

/// <summary>The expiry banner as a freshly linked user sees it: nothing.</summary>
[ViewComponent(Name = "LinkExpiryBanner")]
public sealed class CeilingLinkExpiryBannerViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => Content(string.Empty);
}
