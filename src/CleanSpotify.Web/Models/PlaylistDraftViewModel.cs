using CleanSpotify.Application.Playlists.GetPlaylistDraft;
using CleanSpotify.Application.Tracks;

namespace CleanSpotify.Web.Models;

/// <summary>The confirmation page for saving a playlist, with a fresh request id for its form.</summary>
public sealed record PlaylistDraftViewModel(
    string Range,
    string RangeLabel,
    string Count,
    string Page,
    string What,
    string Name,
    bool HasPermission,
    Guid RequestId)
{
    public static PlaylistDraftViewModel From(PlaylistDraftDto draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new PlaylistDraftViewModel(
            TimeRangeNames.ToQueryValue(draft.Range),
            TimeRangeText.ToLabel(draft.Range),
            QueryValueBinderProvider.ToFormValue(draft.Selection),
            draft.Page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            draft.Selection.Describe(draft.Page),
            draft.Name,
            draft.HasPermission,
            Guid.NewGuid());
    }
}
