using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CleanSpotify.SpotifySandbox.Listeners;

namespace CleanSpotify.SpotifySandbox.WebApi;

/// <summary>Playlists created through the API, per owner. Every mutation gets a new snapshot id. Thread-safe.</summary>
internal sealed class PlaylistStore(TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private readonly List<StoredPlaylist> _playlists = [];

    public StoredPlaylist Create(string ownerKey, string name, string? description, bool isPublic, bool isCollaborative)
    {
        var id = Base62.Next(new Random(RandomNumberGenerator.GetInt32(int.MaxValue)), 22);
        var playlist = new StoredPlaylist(id, ownerKey, name, description, isPublic, isCollaborative);
        lock (_lock)
        {
            Touch(playlist);
            _playlists.Add(playlist);
        }

        return playlist;
    }

    /// <summary>A copy of the playlist as it is now, or null.</summary>
    public SandboxPlaylist? Find(string id)
    {
        lock (_lock)
        {
            return _playlists.Find(p => p.Id == id)?.ToSandboxPlaylist();
        }
    }

    public IReadOnlyList<SandboxPlaylist> ForListener(string listenerKey)
    {
        lock (_lock)
        {
            return _playlists.Where(p => p.OwnerKey == listenerKey).Select(p => p.ToSandboxPlaylist()).ToArray();
        }
    }

    /// <summary>Inserts <paramref name="uris"/> at <paramref name="position"/> (append when null); returns the new snapshot id, or null if the position is out of range.</summary>
    public string? AddItems(string id, IReadOnlyList<string> uris, int? position)
    {
        lock (_lock)
        {
            var playlist = _playlists.Find(p => p.Id == id)!;
            var index = position ?? playlist.Entries.Count;
            if (index > playlist.Entries.Count)
            {
                return null;
            }

            var now = timeProvider.GetUtcNow();
            playlist.Entries.InsertRange(index, uris.Select(uri => new PlaylistEntry(uri, now)));
            Touch(playlist);
            return playlist.SnapshotId;
        }
    }

    private static void Touch(StoredPlaylist playlist)
    {
        playlist.Version++;
        var text = string.Create(
            CultureInfo.InvariantCulture, $"{playlist.Version},{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20))}");
        playlist.SnapshotId = Convert.ToBase64String(Encoding.ASCII.GetBytes(text));
    }
}

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

internal sealed record PlaylistEntry(string Uri, DateTimeOffset AddedAt);
