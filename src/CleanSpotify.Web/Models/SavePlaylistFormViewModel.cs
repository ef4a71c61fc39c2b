using System.Globalization;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Playlists;

namespace CleanSpotify.Web.Models;

/// <summary>
/// The "Save as playlist" form (<c>POST /playlists</c>) under a top-tracks page. <see cref="RequestId"/> is new for
/// every rendering of the form, so submitting one rendering twice saves one playlist.
/// </summary>
public sealed record SavePlaylistFormViewModel(string Range, int Page, int PageTrackCount, int Total, Guid RequestId)
{
    public string PageValue => TrackSelection.PageValue;

    public string AllValue => TrackSelection.AllValue;

    public string PageText => Page.ToString(CultureInfo.InvariantCulture);

    public static SavePlaylistFormViewModel For(TopListViewModel list, int pageTrackCount)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new SavePlaylistFormViewModel(list.RangeValue, list.Page, Math.Min(pageTrackCount, TopListPageReader.PageSize), list.Total, Guid.NewGuid());
    }
}
