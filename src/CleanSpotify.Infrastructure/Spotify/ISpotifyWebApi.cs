using CleanSpotify.Infrastructure.Spotify.Contracts;
using Refit;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// The Web API endpoints CleanSpotify uses (none deprecated). Calls made for a linked user carry the app user id as
/// a request option; the bearer handler attaches that user's token. JSON bodies are buffered so that they carry a
/// <c>Content-Length</c>: Refit streams them (chunked) by default, which a server may refuse with 411.
/// </summary>
internal interface ISpotifyWebApi
{
    /// <summary>The profile behind a token that is not saved yet (right after the code exchange).</summary>
    [Get("/me")]
    Task<IApiResponse<SpotifyUserResponse>> GetCurrentUserAsync(
        [Authorize("Bearer")] string accessToken,
        CancellationToken cancellationToken);

    [Get("/me/top/tracks")]
    Task<IApiResponse<SpotifyPagingResponse<SpotifyTrackResponse>>> GetTopTracksAsync(
        [Property(SpotifyRequestOptions.AppUserId)] string appUserId,
        [AliasAs("time_range")] string timeRange,
        int limit,
        int offset,
        CancellationToken cancellationToken);

    [Get("/me")]
    Task<IApiResponse<SpotifyUserResponse>> GetProfileAsync(
        [Property(SpotifyRequestOptions.AppUserId)] string appUserId,
        CancellationToken cancellationToken);

    [Get("/me/top/artists")]
    Task<IApiResponse<SpotifyPagingResponse<SpotifyArtistResponse>>> GetTopArtistsAsync(
        [Property(SpotifyRequestOptions.AppUserId)] string appUserId,
        [AliasAs("time_range")] string timeRange,
        int limit,
        int offset,
        CancellationToken cancellationToken);

    [Get("/me/player/recently-played")]
    Task<IApiResponse<SpotifyRecentlyPlayedResponse>> GetRecentlyPlayedAsync(
        [Property(SpotifyRequestOptions.AppUserId)] string appUserId,
        int limit,
        CancellationToken cancellationToken);

    /// <summary>The plays that ended after <paramref name="after"/> (Unix milliseconds; the newest when null).</summary>
    [Get("/me/player/recently-played")]
    Task<IApiResponse<SpotifyRecentlyPlayedResponse>> GetRecentlyPlayedAfterAsync(
        [Property(SpotifyRequestOptions.AppUserId)] string appUserId,
        int limit,
        long? after,
        CancellationToken cancellationToken);

    [Post("/me/playlists")]
    Task<IApiResponse<SpotifyPlaylistResponse>> CreatePlaylistAsync(
        [Property(SpotifyRequestOptions.AppUserId)] string appUserId,
        [Body(buffered: true)] SpotifyCreatePlaylistRequest request,
        CancellationToken cancellationToken);

    [Post("/playlists/{playlistId}/items")]
    Task<IApiResponse<SpotifySnapshotResponse>> AddPlaylistItemsAsync(
        [Property(SpotifyRequestOptions.AppUserId)] string appUserId,
        string playlistId,
        [Body(buffered: true)] SpotifyAddItemsRequest request,
        CancellationToken cancellationToken);
}
