using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Records created playlists and added tracks; answers with <see cref="CreateResult"/> and <see cref="AddResult"/>.</summary>
public sealed class FakeSpotifyPlaylistWriter : ISpotifyPlaylistWriter
{
    public Result<SpotifyPlaylistRef> CreateResult { get; set; } =
        new SpotifyPlaylistRef("playlist1", new Uri("https://open.spotify.test/playlist/playlist1"));

    public Result AddResult { get; set; } = Result.Success();

    /// <summary>When set, creating a playlist throws it, as a broken connection would.</summary>
    public Exception? CreateThrows { get; set; }

    public List<(string AppUserId, string Name, string Description)> Created { get; } = [];

    public List<(string AppUserId, string PlaylistId, IReadOnlyList<string> TrackUris)> Added { get; } = [];

    public Task<Result<SpotifyPlaylistRef>> CreatePrivatePlaylistAsync(
        string appUserId, string name, string description, CancellationToken cancellationToken)
    {
        lock (Created)
        {
            Created.Add((appUserId, name, description));
        }

        if (CreateThrows is not null)
        {
            throw CreateThrows;
        }

        return Task.FromResult(CreateResult);
    }

    public Task<Result> AddTracksAsync(string appUserId, string playlistId, IReadOnlyList<string> trackUris, CancellationToken cancellationToken)
    {
        lock (Added)
        {
            Added.Add((appUserId, playlistId, trackUris.ToArray()));
        }

        return Task.FromResult(AddResult);
    }
}
