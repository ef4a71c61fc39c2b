namespace CleanSpotify.Application.Common.Results;

/// <summary>The kinds of expected failure; the Web layer maps each to one kind of page.</summary>
public enum ErrorKind
{
    /// <summary>The input broke a rule; the message says which.</summary>
    Validation = 1,

    /// <summary>What was asked for does not exist.</summary>
    NotFound = 2,

    /// <summary>The request conflicts with saved data, which is left as it was.</summary>
    Conflict = 3,

    /// <summary>The caller is not signed in to the site.</summary>
    Unauthenticated = 4,

    /// <summary>The page needs a working Spotify link, and the user has none (never linked, or must reconnect).</summary>
    LinkRequired = 5,

    /// <summary>The user declined on Spotify's consent page.</summary>
    ConsentDenied = 6,

    /// <summary>Spotify refused the app itself (development-mode walls, missing scope).</summary>
    SpotifyForbidden = 7,

    /// <summary>Spotify is failing or unreachable.</summary>
    Upstream = 8,

    /// <summary>Spotify asked us to slow down; <see cref="Error.RetryAt"/> says until when.</summary>
    RateLimited = 9,

    /// <summary>
    /// This user asked for more than the site allows one person in a short time (their Spotify call budget); only they
    /// wait, until <see cref="Error.RetryAt"/>.
    /// </summary>
    Throttled = 10,
}
