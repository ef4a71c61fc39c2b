using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: a user's top items, read with that user's own token.</summary>
public interface ISpotifyTopItemsReader
{
    Task<Result<SpotifyPage<TopTrackDto>>> GetTopTracksAsync(
        string appUserId,
        TimeRange range,
        int offset,
        int limit,
        CancellationToken cancellationToken);

    Task<Result<SpotifyPage<TopArtistDto>>> GetTopArtistsAsync(
        string appUserId,
        TimeRange range,
        int offset,
        int limit,
        CancellationToken cancellationToken);
}
