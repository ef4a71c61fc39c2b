using CleanSpotify.Domain.Links;

namespace CleanSpotify.Application.Links;

/// <summary>
/// A signed-in app user together with the link they are using: what Spotify reads are made and cached for. The link
/// id changes whenever the user links again after an unlink, or links another Spotify account, so reads cached for
/// an earlier link are never taken for this one.
/// </summary>
public sealed record LinkedSpotifyUser(string AppUserId, Guid LinkId)
{
    public static LinkedSpotifyUser Of(SpotifyLinkSummary link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new LinkedSpotifyUser(link.AppUserId, link.LinkId);
    }
}
