namespace CleanSpotify.Application.Common.Results;

/// <summary>What is wrong with the user's Spotify link, when that is why something failed: the page offers the fix.</summary>
public enum LinkProblem
{
    /// <summary>The failure has nothing to do with the link.</summary>
    None = 0,

    /// <summary>No Spotify account is linked: offer the link form.</summary>
    NotLinked,

    /// <summary>Spotify no longer accepts the link: offer to reconnect.</summary>
    MustReconnect,

    /// <summary>The link lacks a permission the action needs: offer to reconnect and grant it.</summary>
    ScopeMissing,

    /// <summary>A link attempt cannot be finished (unknown, expired or rejected): offer to start linking again.</summary>
    StartAgain,
}
