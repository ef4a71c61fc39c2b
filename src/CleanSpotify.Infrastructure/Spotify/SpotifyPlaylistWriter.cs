using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Infrastructure.Spotify.Contracts;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>Adapter for <see cref="ISpotifyPlaylistWriter"/> over <c>POST /me/playlists</c> and <c>POST /playlists/{id}/items</c>.</summary>
internal sealed class SpotifyPlaylistWriter(ISpotifyWebApi webApi, TimeProvider timeProvider) : ISpotifyPlaylistWriter
{
    public Task<Result<SpotifyPlaylistRef>> CreatePrivatePlaylistAsync(string appUserId, string name, string description, CancellationToken cancellationToken) =>
        SpotifyCalls.SendAsync(
            () => webApi.CreatePlaylistAsync(appUserId, new SpotifyCreatePlaylistRequest(name, description, Public: false, Collaborative: false), cancellationToken),
            SpotifyMapping.ToDto,
            timeProvider,
            cancellationToken);

    public async Task<Result> AddTracksAsync(string appUserId, string playlistId, IReadOnlyList<string> trackUris, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trackUris);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trackUris.Count, ISpotifyPlaylistWriter.MaxItemsPerRequest);
        var added = await SpotifyCalls.SendAsync(
            () => webApi.AddPlaylistItemsAsync(appUserId, playlistId, new SpotifyAddItemsRequest(trackUris), cancellationToken),
            snapshot => snapshot.SnapshotId,
            timeProvider,
            cancellationToken);
        return added.IsSuccess ? Result.Success() : Result.Failure(added.Error);
    }
}
