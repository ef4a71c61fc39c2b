namespace CleanSpotify.Application.Playlists;

public enum PlaylistExportStatus
{
    /// <summary>Reserved: the playlist is being created and filled on Spotify.</summary>
    InProgress = 1,

    /// <summary>Spotify created the playlist and holds every track.</summary>
    Completed = 2,
}
