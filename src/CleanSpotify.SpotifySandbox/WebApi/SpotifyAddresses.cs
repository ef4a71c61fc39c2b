using CleanSpotify.SpotifySandbox.WebApi.Contracts;

namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary>Spotify's own addresses for an object of a <c>type</c> (<c>user</c>, <c>artist</c>, <c>album</c>, <c>track</c>, <c>playlist</c>).</summary>
internal static class SpotifyAddresses
{
    /// <summary>Its page on the Spotify web player (<c>external_urls</c>).</summary>
    public static ExternalUrls OpenUrls(string type, string id) => new($"https://open.spotify.com/{type}/{id}");

    /// <summary>Its Spotify URI, <c>spotify:{type}:{id}</c>.</summary>
    public static string Uri(string type, string id) => $"spotify:{type}:{id}";
}
