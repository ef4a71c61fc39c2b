using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.Tracks;
using CleanSpotify.Infrastructure.Spotify.Contracts;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>Wire values to Application DTOs and domain values, and back.</summary>
internal static class SpotifyMapping
{
    /// <summary>The image size pages show; the closest one Spotify offers is picked.</summary>
    public const int PreferredImageSize = 300;

    public static string ToWire(TimeRange range) => range switch
    {
        TimeRange.ShortTerm => "short_term",
        TimeRange.MediumTerm => "medium_term",
        TimeRange.LongTerm => "long_term",
        _ => throw new ArgumentOutOfRangeException(nameof(range), range, "Unknown time range."),
    };

    public static SpotifyProfileDto ToDto(SpotifyUserResponse user) => new(
        user.AccountId,
        user.Id,
        user.DisplayName,
        PickImage(user.Images),
        ToUri(user.ExternalUrls?.Spotify));

    public static SpotifyPage<TopTrackDto> ToDto(SpotifyPagingResponse<SpotifyTrackResponse> page)
    {
        var items = page.Items ?? [];
        var tracks = items
            .Select((track, index) => new TopTrackDto(
                page.Offset + index + 1,
                track.Id,
                track.Name,
                track.Artists?.Select(a => a.Name).ToArray() ?? [],
                track.Album?.Name ?? string.Empty,
                PickImage(track.Album?.Images),
                TimeSpan.FromMilliseconds(track.DurationMs),
                ToUri(track.ExternalUrls?.Spotify)))
            .ToArray();
        return new SpotifyPage<TopTrackDto>(tracks, page.Offset, page.Total);
    }

    public static SpotifyPage<TopArtistDto> ToDto(SpotifyPagingResponse<SpotifyArtistResponse> page)
    {
        var artists = (page.Items ?? [])
            .Select((artist, index) => new TopArtistDto(
                page.Offset + index + 1,
                artist.Id,
                artist.Name,
                artist.Genres ?? [],
                PickImage(artist.Images),
                ToUri(artist.ExternalUrls?.Spotify)))
            .ToArray();
        return new SpotifyPage<TopArtistDto>(artists, page.Offset, page.Total);
    }

    public static IReadOnlyList<RecentPlayDto> ToDto(SpotifyRecentlyPlayedResponse recent) =>
        (recent.Items ?? [])
            .Select(play => new RecentPlayDto(
                play.Track.Id,
                play.Track.Name,
                play.Track.Artists?.Select(a => a.Name).ToArray() ?? [],
                play.Track.Album?.Name ?? string.Empty,
                PickImage(play.Track.Album?.Images),
                TimeSpan.FromMilliseconds(play.Track.DurationMs),
                ToUri(play.Track.ExternalUrls?.Spotify),
                play.PlayedAt))
            .ToArray();

    public static SpotifyPlaylistRef ToDto(SpotifyPlaylistResponse playlist) =>
        new(playlist.Id, ToUri(playlist.ExternalUrls?.Spotify));

    /// <summary>The image closest to <see cref="PreferredImageSize"/>; images of unknown size come last.</summary>
    public static Uri? PickImage(IReadOnlyList<SpotifyImageResponse>? images) =>
        images?
            .Where(i => ToUri(i.Url) is not null)
            .OrderBy(i => i.Width is { } width ? Math.Abs(width - PreferredImageSize) : int.MaxValue)
            .Select(i => ToUri(i.Url))
            .FirstOrDefault();

    private static Uri? ToUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
}
