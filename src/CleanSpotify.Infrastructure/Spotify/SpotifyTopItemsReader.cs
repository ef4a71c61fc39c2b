using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>Adapter for <see cref="ISpotifyTopItemsReader"/> over <c>GET /me/top/{type}</c>.</summary>
internal sealed class SpotifyTopItemsReader(ISpotifyWebApi webApi, TimeProvider timeProvider) : ISpotifyTopItemsReader
{
    public Task<Result<SpotifyPage<TopTrackDto>>> GetTopTracksAsync(
        string appUserId,
        TimeRange range,
        int offset,
        int limit,
        CancellationToken cancellationToken) =>
        SpotifyCalls.SendAsync(
            () => webApi.GetTopTracksAsync(appUserId, SpotifyMapping.ToWire(range), limit, offset, cancellationToken),
            SpotifyMapping.ToDto,
            timeProvider,
            cancellationToken);

    public Task<Result<SpotifyPage<TopArtistDto>>> GetTopArtistsAsync(
        string appUserId,
        TimeRange range,
        int offset,
        int limit,
        CancellationToken cancellationToken) =>
        SpotifyCalls.SendAsync(
            () => webApi.GetTopArtistsAsync(appUserId, SpotifyMapping.ToWire(range), limit, offset, cancellationToken),
            SpotifyMapping.ToDto,
            timeProvider,
            cancellationToken);
}
