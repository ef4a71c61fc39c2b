using CleanSpotify.Application.Playlists;

namespace CleanSpotify.Web.Models;

/// <summary>The result page of a saved playlist: done, or still being created by another submission of the form.</summary>
public sealed record PlaylistExportViewModel(string Name, int TrackCount, bool IsDone, Uri? SpotifyUrl, string SelfUrl)
{
    public static PlaylistExportViewModel From(PlaylistExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return new PlaylistExportViewModel(
            export.Name,
            export.TrackCount,
            export.Status == PlaylistExportStatus.Completed,
            export.PlaylistUrl,
            $"/playlists/{export.RequestId:D}");
    }
}
