namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

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
