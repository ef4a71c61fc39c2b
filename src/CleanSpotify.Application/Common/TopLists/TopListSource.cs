using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Common.TopLists;

/// <summary>What differs between top lists: which list it is, how Spotify is asked for a page of it, and each item's id.</summary>
public sealed record TopListSource<T>(
    TopListKind Kind,
    Func<ISpotifyTopItemsReader, string, TimeRange, int, int, CancellationToken, Task<Result<SpotifyPage<T>>>> Fetch,
    Func<T, string> IdOf);

/// <summary>The top lists the site reads.</summary>
public static class TopListSources
{
    public static TopListSource<TopTrackDto> Tracks { get; } = new(
        TopListKind.Tracks,
        (reader, appUserId, range, offset, limit, token) => reader.GetTopTracksAsync(appUserId, range, offset, limit, token),
        track => track.Id);

    public static TopListSource<TopArtistDto> Artists { get; } = new(
        TopListKind.Artists,
        (reader, appUserId, range, offset, limit, token) => reader.GetTopArtistsAsync(appUserId, range, offset, limit, token),
        artist => artist.Id);
}
