using CleanSpotify.Infrastructure.Spotify.Contracts;
using Refit;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>Spotify's token endpoint. Form-encoded; never retried (codes are single-use).</summary>
internal interface ISpotifyAccountsApi
{
    [Post("/api/token")]
    Task<IApiResponse<SpotifyTokenResponse>> RequestTokenAsync(
        [Body(BodySerializationMethod.UrlEncoded)] IDictionary<string, string> form,
        CancellationToken cancellationToken);
}
