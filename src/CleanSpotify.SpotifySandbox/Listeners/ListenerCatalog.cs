using System.Collections.Concurrent;

namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>All sandbox listeners and lookups over their catalogues. Generated once per process; read-only.</summary>
internal sealed class ListenerCatalog
{
    private static readonly Lazy<ListenerCatalog> SharedInstance = new(() => new ListenerCatalog(ListenerProfiles.All));

    private readonly Dictionary<string, ListenerLibrary> _byKey;
    private readonly Dictionary<string, CatalogTrack> _tracks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    private ListenerCatalog(IReadOnlyList<ListenerProfile> profiles)
    {
        Libraries = profiles.Select(ListenerLibrary.Generate).ToArray();
        _byKey = Libraries.ToDictionary(l => l.Listener.Key, StringComparer.Ordinal);
        foreach (var library in Libraries)
        {
            _names[$"user/{library.Listener.UserId}"] = library.Listener.DisplayName;
            foreach (var artist in library.Artists)
            {
                _names[$"artist/{artist.Id}"] = artist.Name;
            }

            foreach (var album in library.Albums)
            {
                _names[$"album/{album.Id}"] = album.Name;
            }

            foreach (var track in library.Tracks)
            {
                _tracks[track.Id] = track;
            }
        }
    }

    public static ListenerCatalog Shared => SharedInstance.Value;

    public IReadOnlyList<ListenerLibrary> Libraries { get; }

    public IReadOnlyList<SandboxListener> Listeners => Libraries.Select(l => l.Listener).ToArray();

    public ListenerLibrary? Find(string key) => _byKey.GetValueOrDefault(key);

    public CatalogTrack? FindTrack(string id) => _tracks.GetValueOrDefault(id);

    /// <summary>The display name behind an image, e.g. kind <c>album</c>; null when unknown.</summary>
    public string? FindName(string kind, string id) => _names.GetValueOrDefault($"{kind}/{id}");
}

/// <summary>
/// The listeners one sandbox knows: the shared catalogue's, plus those added to it at run time by
/// <see cref="SandboxState.AddListener"/>. Thread-safe.
/// </summary>
internal sealed class ListenerDirectory(ListenerCatalog catalog)
{
    private readonly ConcurrentDictionary<string, ListenerLibrary> _added = new(StringComparer.Ordinal);

    public ListenerLibrary? Find(string key) => catalog.Find(key) ?? _added.GetValueOrDefault(key);

    /// <summary>By listener key, or by Spotify user id (what a linked site stores); an added listener's are the same.</summary>
    public ListenerLibrary? FindByKeyOrUserId(string id) =>
        Find(id) ?? catalog.Libraries.FirstOrDefault(library => library.Listener.UserId == id);

    /// <summary>False when the key is taken, by the catalogue or by an earlier addition.</summary>
    public bool TryAdd(ListenerLibrary library) =>
        catalog.Find(library.Listener.Key) is null && _added.TryAdd(library.Listener.Key, library);
}

internal sealed record CatalogArtist(string Id, string Name, IReadOnlyList<string> Genres);

internal sealed record CatalogAlbum(
    string Id,
    string Name,
    string AlbumType,
    string ReleaseDate,
    string ReleaseDatePrecision,
    int TotalTracks,
    CatalogArtist Artist);

internal sealed record CatalogTrack(
    string Id,
    string Name,
    CatalogAlbum Album,
    IReadOnlyList<CatalogArtist> Artists,
    int TrackNumber,
    int DurationMs,
    bool Explicit,
    string Isrc)
{
    public string Uri => $"spotify:track:{Id}";
}
