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
