namespace CleanSpotify.Application.Playlists;

public enum TrackSelectionKind
{
    /// <summary>The tracks on one page of the list.</summary>
    Page = 1,

    /// <summary>The whole list.</summary>
    All = 2,

    /// <summary>A number of tracks from the top (fewer when the list is shorter).</summary>
    Top = 3,
}
