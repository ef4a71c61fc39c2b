namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>Why a row of an export was counted and not stored.</summary>
public enum ImportSkipReason
{
    /// <summary><c>ms_played</c> (or <c>msPlayed</c>) of 0: nothing was heard.</summary>
    ZeroMsPlayed = 1,

    Podcast = 2,

    Audiobook = 3,

    Video = 4,

    /// <summary>A file from the listener's own device: no Spotify track behind it.</summary>
    LocalFile = 5,

    /// <summary>A row without a usable time or track name.</summary>
    Invalid = 6,
}
