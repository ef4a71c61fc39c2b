using System.Globalization;
using CleanSpotify.SpotifySandbox.Listeners;
using CleanSpotify.SpotifySandbox.WebApi.Contracts;

namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary>Maps catalogue entries to the JSON objects of spotify-web-api.md §7.</summary>
internal static class SpotifyObjects
{
    private static readonly int[] CoverSizes = [640, 300, 64];

    public static UserObject User(SandboxListener listener, ApiLinks links) => new(
        listener.AccountId,
        listener.DisplayName,
        SpotifyAddresses.OpenUrls("user", listener.UserId),
        links.Api($"/users/{listener.UserId}"),
        listener.UserId,
        [new ImageObject(links.Image("user", listener.UserId, 300), 300, 300)],
        "user",
        SpotifyAddresses.Uri("user", listener.UserId));

    public static PublicUserObject PublicUser(SandboxListener listener, ApiLinks links) => new(
        listener.DisplayName,
        SpotifyAddresses.OpenUrls("user", listener.UserId),
        links.Api($"/users/{listener.UserId}"),
        listener.UserId,
        "user",
        SpotifyAddresses.Uri("user", listener.UserId));

    public static SimplifiedArtistObject SimplifiedArtist(CatalogArtist artist, ApiLinks links) => new(
        SpotifyAddresses.OpenUrls("artist", artist.Id),
        links.Api($"/artists/{artist.Id}"),
        artist.Id,
        artist.Name,
        "artist",
        SpotifyAddresses.Uri("artist", artist.Id));

    public static ArtistObject Artist(CatalogArtist artist, ApiLinks links) => new(
        SpotifyAddresses.OpenUrls("artist", artist.Id),
        artist.Genres,
        links.Api($"/artists/{artist.Id}"),
        artist.Id,
        Covers("artist", artist.Id, links),
        artist.Name,
        "artist",
        SpotifyAddresses.Uri("artist", artist.Id));

    public static AlbumObject Album(CatalogAlbum album, ApiLinks links) => new(
        album.AlbumType,
        album.TotalTracks,
        SpotifyAddresses.OpenUrls("album", album.Id),
        links.Api($"/albums/{album.Id}"),
        album.Id,
        Covers("album", album.Id, links),
        album.Name,
        album.ReleaseDate,
        album.ReleaseDatePrecision,
        "album",
        SpotifyAddresses.Uri("album", album.Id),
        [SimplifiedArtist(album.Artist, links)]);

    public static TrackObject Track(CatalogTrack track, ApiLinks links) => new(
        Album(track.Album, links),
        track.Artists.Select(a => SimplifiedArtist(a, links)).ToArray(),
        DiscNumber: 1,
        track.DurationMs,
        track.Explicit,
        new ExternalIds(track.Isrc),
        SpotifyAddresses.OpenUrls("track", track.Id),
        links.Api($"/tracks/{track.Id}"),
        track.Id,
        IsLocal: false,
        track.Name,
        PreviewUrl: null,
        track.TrackNumber,
        "track",
        track.Uri);

    private static ImageObject[] Covers(string kind, string id, ApiLinks links) =>
        CoverSizes.Select(size => new ImageObject(links.Image(kind, id, size), size, size)).ToArray();
}

/// <summary>Absolute URLs on the sandbox's own origin, taken from the request, so links work on any port.</summary>
internal sealed record ApiLinks(string Origin)
{
    public static ApiLinks From(HttpRequest request) => new($"{request.Scheme}://{request.Host}");

    public string Api(string path) => $"{Origin}/v1{path}";

    public string Image(string kind, string id, int size) =>
        string.Create(CultureInfo.InvariantCulture, $"{Origin}/images/{kind}/{id}.svg?size={size}");
}
