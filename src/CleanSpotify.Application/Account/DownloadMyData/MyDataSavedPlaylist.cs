using CleanSpotify.Application.Playlists;

namespace CleanSpotify.Application.Account.DownloadMyData;

/// <summary>A playlist saved from the site, as recorded here.</summary>
public sealed record MyDataSavedPlaylist(
    Guid RequestId,
    string Status,
    string Name,
    int TrackCount,
    string? PlaylistId,
    Uri? PlaylistUrl,
    DateTimeOffset CreatedAt)
{
    public static MyDataSavedPlaylist From(PlaylistExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return new MyDataSavedPlaylist(
            export.RequestId, export.Status.ToString(), export.Name, export.TrackCount, export.PlaylistId, export.PlaylistUrl, export.CreatedAt);
    }
}
