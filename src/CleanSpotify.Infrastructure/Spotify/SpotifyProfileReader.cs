using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Infrastructure.Spotify.Contracts;
using Refit;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>Adapter for <see cref="ISpotifyProfileReader"/> over <c>GET /me</c>.</summary>
internal sealed class SpotifyProfileReader(ISpotifyWebApi webApi, TimeProvider timeProvider) : ISpotifyProfileReader
{
    public Task<Result<SpotifyProfileDto>> GetProfileForTokenAsync(string accessToken, CancellationToken cancellationToken) =>
        ReadAsync(() => webApi.GetCurrentUserAsync(accessToken, cancellationToken), cancellationToken);

    public Task<Result<SpotifyProfileDto>> GetProfileAsync(string appUserId, CancellationToken cancellationToken) =>
        ReadAsync(() => webApi.GetProfileAsync(appUserId, cancellationToken), cancellationToken);

    /// <summary>Either way of asking for <c>/me</c> is answered and mapped alike.</summary>
    private Task<Result<SpotifyProfileDto>> ReadAsync(Func<Task<IApiResponse<SpotifyUserResponse>>> call, CancellationToken cancellationToken) =>
        SpotifyCalls.SendAsync(call, SpotifyMapping.ToDto, timeProvider, cancellationToken);
}
