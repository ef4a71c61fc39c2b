using CleanSpotify.SpotifySandbox.Accounts;
using CleanSpotify.SpotifySandbox.Listeners;
using CleanSpotify.SpotifySandbox.WebApi;

namespace CleanSpotify.SpotifySandbox;

/// <summary>What the sandbox has seen and issued, for tests and the admin page. Thread-safe.</summary>
public sealed class SandboxState
{
    private readonly Lock _lock = new();
    private readonly List<SandboxApiCall> _apiCalls = [];
    private readonly Dictionary<string, int> _tokenRequestsByGrantType = new(StringComparer.Ordinal);
    private readonly string _clientSecret;
    private int _tokenRequestCount;

    internal SandboxState(SandboxOptions options, TimeProvider timeProvider, ListenerCatalog catalog)
    {
        _clientSecret = options.ClientSecret;
        Grants = new GrantStore(options, timeProvider);
        Playlists = new PlaylistStore(timeProvider);
        Faults = new SandboxFaults(Grants, catalog, options.RefreshTokenMode);
        Listeners = catalog.Listeners;
    }

    public IReadOnlyList<SandboxListener> Listeners { get; }

    /// <summary>Every <c>POST /api/token</c>, whatever its outcome.</summary>
    public int TokenRequestCount
    {
        get
        {
            lock (_lock)
            {
                return _tokenRequestCount;
            }
        }
    }

    /// <summary>Every <c>/v1</c> request, in order.</summary>
    public IReadOnlyList<SandboxApiCall> ApiCalls
    {
        get
        {
            lock (_lock)
            {
                return _apiCalls.ToArray();
            }
        }
    }

    /// <summary>Every code, access token and refresh token ever issued, plus the client secret: what must never be logged.</summary>
    public IReadOnlyCollection<string> IssuedSecrets => [.. Grants.IssuedSecrets, _clientSecret];

    public SandboxFaults Faults { get; }

    internal GrantStore Grants { get; }

    internal PlaylistStore Playlists { get; }

    /// <summary>Token requests whose <c>grant_type</c> was <paramref name="grantType"/>.</summary>
    public int CountTokenRequests(string grantType)
    {
        lock (_lock)
        {
            return _tokenRequestsByGrantType.GetValueOrDefault(grantType);
        }
    }

    /// <summary>The playlists <paramref name="listenerKey"/> created through the API, oldest first.</summary>
    public IReadOnlyList<SandboxPlaylist> GetPlaylists(string listenerKey) => Playlists.ForListener(listenerKey);

    internal string? FindPlaylistName(string id) => Playlists.Find(id)?.Name;

    internal void RecordTokenRequest(string? grantType)
    {
        lock (_lock)
        {
            _tokenRequestCount++;
            if (!string.IsNullOrEmpty(grantType))
            {
                _tokenRequestsByGrantType[grantType] = _tokenRequestsByGrantType.GetValueOrDefault(grantType) + 1;
            }
        }
    }

    internal void RecordApiCall(SandboxApiCall call)
    {
        lock (_lock)
        {
            _apiCalls.Add(call);
        }
    }
}
