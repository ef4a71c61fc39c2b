namespace CleanSpotify.Application.Links;

/// <summary>The failures that send a user to the link form, shared by every page that needs Spotify.</summary>
public static class LinkErrors
{
    public static readonly Error NotLinked = Error.LinkRequired(
        "link.none", "Link your Spotify account to see your listening.", LinkProblem.NotLinked);

    public static readonly Error MustReconnect = Error.LinkRequired(
        "link.reconnect", "Spotify no longer accepts this link (it was revoked or has expired). Reconnect Spotify to continue.", LinkProblem.MustReconnect);

    public static readonly Error ScopeMissing = Error.LinkRequired(
        "link.scope_missing", "Your Spotify link does not yet allow this. Reconnect Spotify and agree to the permission it asks for, then come back to finish.", LinkProblem.ScopeMissing);
}
