using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Tracks.GetTopTracks;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.UnitTests.Fakes;

public sealed class FakeSpotifyTopItemsReader : ISpotifyTopItemsReader
{
    public Result<SpotifyPage<TopTrackDto>>? NextResult { get; set; }

    public List<(string AppUserId, TimeRange Range, int Offset, int Limit)> Requests { get; } = [];

    public Task<Result<SpotifyPage<TopTrackDto>>> GetTopTracksAsync(
        string appUserId,
        TimeRange range,
        int offset,
        int limit,
        CancellationToken cancellationToken)
    {
        Requests.Add((appUserId, range, offset, limit));
        return Task.FromResult(NextResult ?? new SpotifyPage<TopTrackDto>([Track(offset + 1)], offset, 120));
    }

    public static TopTrackDto Track(int rank) =>
        new(rank, $"track-{rank}", $"Track {rank}", ["Artist"], "Album", null, TimeSpan.FromMinutes(3), null);
}
