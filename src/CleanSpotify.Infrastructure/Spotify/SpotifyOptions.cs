using System.ComponentModel.DataAnnotations;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// How to reach Spotify, or any Spotify-compatible server. Bound from the <c>Spotify</c> section and validated at
/// start by <see cref="SpotifyOptionsValidator"/>.
/// </summary>
public sealed class SpotifyOptions
{
    public const string SectionName = "Spotify";

    /// <summary>
    /// What every page needs, and no more. Permissions only some features need (saving a playlist) are asked for the
    /// first time a user uses them, and kept on every reconnect after that.
    /// </summary>
    public const string DefaultScopes = "user-top-read user-read-recently-played";

    public string? ClientId { get; set; }

    /// <summary>Optional: without it the app is a public PKCE client and sends its client id in the body.</summary>
    public string? ClientSecret { get; set; }

    [Required]
    public string RedirectUri { get; set; } = "http://127.0.0.1:5000/spotify/callback";

    /// <summary>The app appends <c>/authorize</c> and <c>/api/token</c>.</summary>
    [Required]
    public string AccountsBaseUrl { get; set; } = "https://accounts.spotify.com";

    /// <summary>The app appends <c>/me</c>, <c>/me/top/tracks</c> and the other paths.</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "https://api.spotify.com/v1";

    /// <summary>Space-separated scopes asked for at every consent.</summary>
    public string Scopes { get; set; } = DefaultScopes;
}
