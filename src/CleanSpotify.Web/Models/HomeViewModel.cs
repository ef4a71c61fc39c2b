namespace CleanSpotify.Web.Models;

/// <summary>The landing page: for a signed-in user, their link status.</summary>
public sealed record HomeViewModel(LinkStatusViewModel? Link)
{
    public static readonly HomeViewModel Anonymous = new((LinkStatusViewModel?)null);
}
