using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>Adapter for <see cref="ISpotifyProfileReader"/> over <c>GET /me</c>.</summary>
internal sealed class SpotifyProfileReader(ISpotifyWebApi webApi, TimeProvider timeProvider) : ISpotifyProfileReader
{
    public Task<Result<SpotifyProfileDto>> GetProfileForTokenAsync(string accessToken, CancellationToken cancellationToken) =>
        SpotifyCalls.SendAsync(
            () => webApi.GetCurrentUserAsync(accessToken, cancellationToken),
            SpotifyMapping.ToDto,
            timeProvider,
            cancellationToken);

    public Task<Result<SpotifyProfileDto>> GetProfileAsync(string appUserId, CancellationToken cancellationToken) =>
        SpotifyCalls.SendAsync(
            () => webApi.GetProfileAsync(appUserId, cancellationToken),
            SpotifyMapping.ToDto,
            timeProvider,
            cancellationToken);
}
