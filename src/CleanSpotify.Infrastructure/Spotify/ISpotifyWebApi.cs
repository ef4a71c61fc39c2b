using CleanSpotify.Infrastructure.Spotify.Contracts;
using Refit;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// The Web API endpoints CleanSpotify uses (none deprecated). Calls made for a linked user carry the app user id as
/// a request option; the bearer handler attaches that user's token.
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
}
