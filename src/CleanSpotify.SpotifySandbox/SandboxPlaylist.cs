namespace CleanSpotify.SpotifySandbox;

/// <summary>A playlist created through <c>POST /v1/me/playlists</c>, with the track URIs added so far.</summary>
public sealed record SandboxPlaylist(
    string Id,
    string OwnerListenerKey,
    string Name,
    string? Description,
    bool IsPublic,
    bool IsCollaborative,
    string SnapshotId,
    IReadOnlyList<string> ItemUris);
