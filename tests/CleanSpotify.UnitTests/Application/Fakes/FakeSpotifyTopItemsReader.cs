using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>
/// Answers with <see cref="NextResult"/> / <see cref="NextArtistsResult"/> when set; otherwise with the requested slice
/// of <see cref="TrackList"/> / <see cref="ArtistList"/> when set; otherwise with one generated item at the requested
/// offset out of 120. Records every request (safe to call from several threads).
/// </summary>
public sealed class FakeSpotifyTopItemsReader : ISpotifyTopItemsReader
{
    public Result<SpotifyPage<TopTrackDto>>? NextResult { get; set; }

    public Result<SpotifyPage<TopArtistDto>>? NextArtistsResult { get; set; }

    /// <summary>A whole top-tracks list, served page by page with its length as the total.</summary>
    public IReadOnlyList<TopTrackDto>? TrackList { get; set; }

    /// <summary>A whole top-artists list, served page by page with its length as the total.</summary>
    public IReadOnlyList<TopArtistDto>? ArtistList { get; set; }

    public List<(string AppUserId, TimeRange Range, int Offset, int Limit)> Requests { get; } = [];

    public List<(string AppUserId, TimeRange Range, int Offset, int Limit)> ArtistRequests { get; } = [];

    public Task<Result<SpotifyPage<TopTrackDto>>> GetTopTracksAsync(
        string appUserId,
        TimeRange range,
        int offset,
        int limit,
        CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add((appUserId, range, offset, limit));
        }

        return Task.FromResult(NextResult ?? SliceOf(TrackList, offset, limit) ?? new SpotifyPage<TopTrackDto>([Track(offset + 1)], offset, 120));
    }

    public Task<Result<SpotifyPage<TopArtistDto>>> GetTopArtistsAsync(
        string appUserId,
        TimeRange range,
        int offset,
        int limit,
        CancellationToken cancellationToken)
    {
        lock (ArtistRequests)
        {
            ArtistRequests.Add((appUserId, range, offset, limit));
        }

        return Task.FromResult(NextArtistsResult ?? SliceOf(ArtistList, offset, limit) ?? new SpotifyPage<TopArtistDto>([Artist(offset + 1)], offset, 120));
    }

    /// <summary>Tracks ranked 1 to <paramref name="count"/>, with ids <c>track1</c>, <c>track2</c>, ….</summary>
    public static IReadOnlyList<TopTrackDto> Tracks(int count) => Enumerable.Range(1, count).Select(Track).ToArray();

    /// <summary>Artists ranked 1 to <paramref name="count"/>, with ids <c>artist1</c>, <c>artist2</c>, ….</summary>
    public static IReadOnlyList<TopArtistDto> Artists(int count) => Enumerable.Range(1, count).Select(Artist).ToArray();

    public static TopTrackDto Track(int rank) => Track(rank, $"track{rank}");

    public static TopTrackDto Track(int rank, string id) =>
        new(rank, id, $"Track {id}", ["Artist"], "Album", null, TimeSpan.FromMinutes(3), null);

    public static TopArtistDto Artist(int rank) => Artist(rank, $"artist{rank}");

    public static TopArtistDto Artist(int rank, string id) =>
        new(rank, id, $"Artist {id}", ["indie", "folk"], null, null);

    /// <summary>A page of tracks with these ids, ranked from <paramref name="offset"/> + 1.</summary>
    public static SpotifyPage<TopTrackDto> TrackPage(int offset, int total, params string[] ids) =>
        new(ids.Select((id, index) => Track(offset + index + 1, id)).ToArray(), offset, total);

    /// <summary>A page of artists with these ids, ranked from <paramref name="offset"/> + 1.</summary>
    public static SpotifyPage<TopArtistDto> ArtistPage(int offset, int total, params string[] ids) =>
        new(ids.Select((id, index) => Artist(offset + index + 1, id)).ToArray(), offset, total);

    private static Result<SpotifyPage<T>>? SliceOf<T>(IReadOnlyList<T>? list, int offset, int limit) =>
        list is null ? null : Result<SpotifyPage<T>>.Success(new SpotifyPage<T>(list.Skip(offset).Take(limit).ToArray(), offset, list.Count));
}
