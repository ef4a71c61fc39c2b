namespace CleanSpotify.Domain.Listening;

/// <summary>Where a stored play came from.</summary>
public enum PlaySource
{
    /// <summary>Collected from Spotify's recently-played list.</summary>
    Recent = 1,

    /// <summary>Imported from the "Extended streaming history" data export.</summary>
    Extended = 2,

    /// <summary>Imported from the "Account data" export (minute precision, no track id).</summary>
    AccountData = 3,
}
