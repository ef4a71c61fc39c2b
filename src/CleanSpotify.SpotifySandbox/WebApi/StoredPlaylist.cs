namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary>A created playlist. Mutable state is guarded by <see cref="PlaylistStore"/>'s lock.</summary>
internal sealed class StoredPlaylist(string id, string ownerKey, string name, string? description, bool isPublic, bool isCollaborative)
{
    public string Id { get; } = id;

    public string OwnerKey { get; } = ownerKey;

    public string Name { get; } = name;

    public string? Description { get; } = description;

    public bool IsPublic { get; } = isPublic;

    public bool IsCollaborative { get; } = isCollaborative;

    public string SnapshotId { get; set; } = string.Empty;

    public int Version { get; set; }

    public List<PlaylistEntry> Entries { get; } = [];

    public SandboxPlaylist ToSandboxPlaylist() =>
        new(Id, OwnerKey, Name, Description, IsPublic, IsCollaborative, SnapshotId, Entries.Select(e => e.Uri).ToArray());
}
