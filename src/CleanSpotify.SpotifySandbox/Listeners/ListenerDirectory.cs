using System.Collections.Concurrent;

namespace CleanSpotify.SpotifySandbox.Listeners;

/// <summary>
/// The listeners one sandbox knows: the shared catalogue's, plus those added to it at run time by
/// <see cref="SandboxState.AddListener"/>. Thread-safe.
/// </summary>
internal sealed class ListenerDirectory(ListenerCatalog catalog)
{
    private readonly ConcurrentDictionary<string, ListenerLibrary> _added = new(StringComparer.Ordinal);

    public ListenerLibrary? Find(string key) => catalog.Find(key) ?? _added.GetValueOrDefault(key);

    /// <summary>False when the key is taken, by the catalogue or by an earlier addition.</summary>
    public bool TryAdd(ListenerLibrary library) =>
        catalog.Find(library.Listener.Key) is null && _added.TryAdd(library.Listener.Key, library);
}
