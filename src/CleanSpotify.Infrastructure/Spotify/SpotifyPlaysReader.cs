using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Domain.Listening;
using CleanSpotify.Infrastructure.Spotify.Contracts;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Adapter for <see cref="ISpotifyPlaysReader"/>: one recently-played request with the <c>after</c> cursor in
/// milliseconds, through the same pipeline as pages (budget, cool-down, bearer token).
/// </summary>
internal sealed class SpotifyPlaysReader(ISpotifyWebApi webApi, TimeProvider timeProvider) : ISpotifyPlaysReader
{
    public Task<Result<IReadOnlyList<Play>>> GetPlaysAfterAsync(string appUserId, DateTimeOffset? after, CancellationToken cancellationToken) =>
        SpotifyCalls.SendAsync(
            () => webApi.GetRecentlyPlayedAfterAsync(appUserId, ISpotifyPlaysReader.PageSize, after?.ToUnixTimeMilliseconds(), cancellationToken),
            ToPlays,
            timeProvider,
            cancellationToken);

    private static IReadOnlyList<Play> ToPlays(SpotifyRecentlyPlayedResponse recent) =>
        (recent.Items ?? [])
            .Where(item => !string.IsNullOrWhiteSpace(item.Track.Name))
            .Select(item => new Play(
                item.Track.Id,
                item.Track.Name,
                item.Track.Artists?.Select(a => a.Name).ToArray() ?? [],
                item.Track.Album?.Name ?? string.Empty,
                item.PlayedAt,
                Math.Max(item.Track.DurationMs, 0),
                msPlayedEstimated: true,
                PlaySource.Recent)
            {
                ArtistIds = item.Track.Artists?.Select(a => a.Id ?? string.Empty).ToArray() ?? [],
                AlbumId = item.Track.Album?.Id,
                ImageUrl = SpotifyMapping.PickImage(item.Track.Album?.Images),
            })
            .ToArray();
}
