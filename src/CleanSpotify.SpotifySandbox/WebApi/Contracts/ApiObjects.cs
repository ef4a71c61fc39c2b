using System.Text.Json.Serialization;

namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

/// <summary><c>GET /me</c> for a 2026 development-mode app: no country, email, explicit_content, followers or product.</summary>
internal sealed record UserObject(
    string AccountId,
    string? DisplayName,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Type,
    string Uri);

internal sealed record PublicUserObject(string? DisplayName, ExternalUrls ExternalUrls, string Href, string Id, string Type, string Uri);

internal sealed record ExternalUrls(string Spotify);

internal sealed record ExternalIds(string Isrc);

internal sealed record FollowersObject(string? Href, int Total);

internal sealed record ImageObject(string Url, int? Height, int? Width);

/// <summary>Development-mode artist: no followers, no popularity.</summary>
internal sealed record ArtistObject(
    ExternalUrls ExternalUrls,
    IReadOnlyList<string> Genres,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Name,
    string Type,
    string Uri);

internal sealed record SimplifiedArtistObject(ExternalUrls ExternalUrls, string Href, string Id, string Name, string Type, string Uri);

/// <summary>Development-mode album: no available_markets, label, popularity or album_group.</summary>
internal sealed record AlbumObject(
    string AlbumType,
    int TotalTracks,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Name,
    string ReleaseDate,
    string ReleaseDatePrecision,
    string Type,
    string Uri,
    IReadOnlyList<SimplifiedArtistObject> Artists);

/// <summary>Development-mode track: no popularity, available_markets or linked_from; preview_url is always null.</summary>
internal sealed record TrackObject(
    AlbumObject Album,
    IReadOnlyList<SimplifiedArtistObject> Artists,
    int DiscNumber,
    int DurationMs,
    bool Explicit,
    ExternalIds ExternalIds,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    bool IsLocal,
    string Name,
    string? PreviewUrl,
    int TrackNumber,
    string Type,
    string Uri);

/// <summary>The 2026 playlist shape: <c>items</c> instead of <c>tracks</c>. A new playlist's items page is always empty.</summary>
internal sealed record PlaylistObject(
    bool Collaborative,
    string? Description,
    ExternalUrls ExternalUrls,
    FollowersObject Followers,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Name,
    PublicUserObject Owner,
    string? PrimaryColor,
    bool Public,
    string SnapshotId,
    PagingObject<object> Items,
    string Type,
    string Uri);

internal sealed record PagingObject<T>(string Href, IReadOnlyList<T> Items, int Limit, string? Next, int Offset, string? Previous, int Total);

/// <summary>Recently-played paging: no <c>total</c>, as in Spotify's real responses; <c>cursors</c> is null when empty.</summary>
internal sealed record CursorPagingObject<T>(string Href, IReadOnlyList<T> Items, int Limit, string? Next, Cursors? Cursors);

/// <summary>Unix milliseconds as strings: <c>after</c> is the newest play on the page, <c>before</c> the oldest.</summary>
internal sealed record Cursors(string After, string Before);

internal sealed record PlayHistoryObject(TrackObject Track, string PlayedAt, ContextObject? Context);

internal sealed record ContextObject(string Type, string Href, ExternalUrls ExternalUrls, string Uri);

/// <summary>Body of <c>POST /me/playlists</c>; only <c>name</c> is required and <c>public</c> defaults to true.</summary>
internal sealed record CreatePlaylistRequest(string? Name, string? Description, bool? Public, bool? Collaborative);

/// <summary>Body of <c>POST /playlists/{id}/items</c>; ignored when the query has <c>uris</c>.</summary>
internal sealed record AddItemsRequest(IReadOnlyList<string>? Uris, int? Position);

internal sealed record SnapshotResponse(string SnapshotId);

/// <summary>The regular error object: <c>{"error":{"status":…,"message":…}}</c>.</summary>
internal sealed record ErrorEnvelope(ErrorBody Error);

internal sealed record ErrorBody(
    int Status,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null);
