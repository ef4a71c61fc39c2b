using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>Adapter for <see cref="ISpotifyRecentlyPlayedReader"/>: one request for the last 50 plays, all Spotify keeps.</summary>
internal sealed class SpotifyRecentlyPlayedReader(ISpotifyWebApi webApi, TimeProvider timeProvider) : ISpotifyRecentlyPlayedReader
{
    public const int Limit = 50;

    public Task<Result<IReadOnlyList<RecentPlayDto>>> GetRecentlyPlayedAsync(string appUserId, CancellationToken cancellationToken) =>
        SpotifyCalls.SendAsync(
            () => webApi.GetRecentlyPlayedAsync(appUserId, Limit, cancellationToken),
            SpotifyMapping.ToDto,
            timeProvider,
            cancellationToken);
}
