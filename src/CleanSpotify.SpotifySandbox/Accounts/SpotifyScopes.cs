namespace CleanSpotify.SpotifySandbox.Accounts;

/// <summary>The scopes Spotify knows, with the wording the consent page shows.</summary>
internal static class SpotifyScopes
{
    public const string UserTopRead = "user-top-read";
    public const string UserReadRecentlyPlayed = "user-read-recently-played";
    public const string PlaylistModifyPublic = "playlist-modify-public";
    public const string PlaylistModifyPrivate = "playlist-modify-private";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["ugc-image-upload"] = "Upload images to your profile and playlists",
        ["user-read-playback-state"] = "Read your current playback state",
        ["user-modify-playback-state"] = "Control playback on your devices",
        ["user-read-currently-playing"] = "Read what you are currently playing",
        ["app-remote-control"] = "Control the Spotify app remotely",
        ["streaming"] = "Play music in the browser",
        ["playlist-read-private"] = "Read your private playlists",
        ["playlist-read-collaborative"] = "Read your collaborative playlists",
        [PlaylistModifyPrivate] = "Create and change your private playlists",
        [PlaylistModifyPublic] = "Create and change your public playlists",
        ["user-follow-modify"] = "Follow and unfollow artists and users",
        ["user-follow-read"] = "See who you follow",
        ["user-read-playback-position"] = "Read your position in episodes",
        [UserTopRead] = "Read your top artists and tracks",
        [UserReadRecentlyPlayed] = "Read your recently played tracks",
        ["user-library-modify"] = "Change your saved tracks and albums",
        ["user-library-read"] = "Read your saved tracks and albums",
        ["user-read-email"] = "Read your e-mail address",
        ["user-read-private"] = "Read your subscription details and country",
        ["user-personalized"] = "Use your taste profile for personalised content",
    };

    public static bool IsKnown(string scope) => Descriptions.ContainsKey(scope);

    public static string Describe(string scope) => Descriptions[scope];
}
