using CleanSpotify.SpotifySandbox.Accounts;
using CleanSpotify.SpotifySandbox.Listeners;
using CleanSpotify.SpotifySandbox.WebApi;

namespace CleanSpotify.SpotifySandbox;

/// <summary>What the sandbox has seen and issued, for tests and the admin page. Thread-safe.</summary>
public sealed class SandboxState
{
    /// <summary>The most plays <see cref="GetPlays"/> answers with at once.</summary>
    public const int MaxPlays = 10_000;

    private readonly Lock _lock = new();
    private readonly Queue<SandboxApiCall> _apiCalls = new();
    private readonly Dictionary<int, int> _apiCallsByStatus = [];
    private readonly Dictionary<string, int> _apiCallsByListener = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tokenRequestsByGrantType = new(StringComparer.Ordinal);
    private readonly string _clientSecret;
    private readonly int _apiCallLogSize;
    private int _apiCallCount;
    private int _tokenRequestCount;

    internal SandboxState(SandboxOptions options, TimeProvider timeProvider, ListenerCatalog catalog)
    {
        _clientSecret = options.ClientSecret;
        _apiCallLogSize = options.ApiCallLogSize;
        Grants = new GrantStore(options, timeProvider);
        Playlists = new PlaylistStore(timeProvider);
        Directory = new ListenerDirectory(catalog);
        Faults = new SandboxFaults(Grants, Directory, options.RefreshTokenMode, timeProvider);
        Listeners = catalog.Listeners;
        Timelines = new ListeningTimelines(timeProvider, options.ListeningPace);
    }

    /// <summary>The built-in listeners, those the consent page offers.</summary>
    public IReadOnlyList<SandboxListener> Listeners { get; }

    /// <summary>Every <c>POST /api/token</c>, whatever its outcome.</summary>
    public int TokenRequestCount => _lock.Read(() => _tokenRequestCount);

    /// <summary>
    /// The most recent <c>/v1</c> requests, oldest first: at most <see cref="SandboxOptions.ApiCallLogSize"/>, so a
    /// long run does not grow without bound. Count with <see cref="ApiCallCount"/>, which never drops a call.
    /// </summary>
    public IReadOnlyList<SandboxApiCall> ApiCalls => _lock.Read(() => _apiCalls.ToArray());

    /// <summary>Every <c>/v1</c> request since start, including those the bounded <see cref="ApiCalls"/> log dropped.</summary>
    public int ApiCallCount => _lock.Read(() => _apiCallCount);

    /// <summary>Every code, access token and refresh token ever issued, plus the client secret: what must never be logged.</summary>
    public IReadOnlyCollection<string> IssuedSecrets => [.. Grants.IssuedSecrets, _clientSecret];

    public SandboxFaults Faults { get; }

    internal GrantStore Grants { get; }

    internal PlaylistStore Playlists { get; }

    internal ListenerDirectory Directory { get; }

    internal ListeningTimelines Timelines { get; }

    /// <summary>
    /// Adds a listener with the listening data of the built-in listener <paramref name="templateKey"/> under a
    /// Spotify identity of its own: user id <paramref name="key"/> and a new account id. It is not offered on the
    /// consent page, but the consent form, <see cref="IssueTokens"/> and the faults accept its key. For load tests
    /// that need many distinct Spotify accounts.
    /// </summary>
    public SandboxListener AddListener(string key, string templateKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var template = Directory.Find(templateKey) ?? throw new ArgumentException($"Unknown listener '{templateKey}'.", nameof(templateKey));
        var listener = template.Listener with { Key = key, AccountId = Base62.Next(Random.Shared, 16), UserId = key };
        return Directory.TryAdd(template.WithListener(listener))
            ? listener
            : throw new ArgumentException($"The listener key '{key}' is taken.", nameof(key));
    }

    /// <summary>
    /// Issues the tokens that <paramref name="listenerKey"/>'s consent to <paramref name="scopes"/> and a code
    /// exchange with the client secret would give, without either (no token request is counted): for seeding many
    /// linked users at once.
    /// </summary>
    public SandboxTokens IssueTokens(string listenerKey, IReadOnlyList<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        if (Directory.Find(listenerKey) is null)
        {
            throw new ArgumentException($"Unknown listener '{listenerKey}'.", nameof(listenerKey));
        }

        var unknown = scopes.FirstOrDefault(scope => !SpotifyScopes.IsKnown(scope));
        return unknown is null
            ? Grants.IssueWithoutConsent(listenerKey, scopes)
            : throw new ArgumentException($"Unknown scope '{unknown}'.", nameof(scopes));
    }

    /// <summary>Token requests whose <c>grant_type</c> was <paramref name="grantType"/>.</summary>
    public int CountTokenRequests(string grantType) => _lock.Read(() => _tokenRequestsByGrantType.GetValueOrDefault(grantType));

    /// <summary>Every <c>/v1</c> request <paramref name="listenerKey"/> made since start, including dropped ones.</summary>
    public int CountApiCalls(string listenerKey) => _lock.Read(() => _apiCallsByListener.GetValueOrDefault(listenerKey));

    /// <summary>Every <c>/v1</c> request since start, by the status it was answered with.</summary>
    internal IReadOnlyDictionary<int, int> CountApiCallsByStatus() => _lock.Read(() => new Dictionary<int, int>(_apiCallsByStatus));

    /// <summary>
    /// Every play of <paramref name="listenerId"/> (a listener key or Spotify user id) that ended in [<paramref
    /// name="from"/>, <paramref name="to"/>] and by the clock's now, oldest first: the ground truth behind
    /// <c>recently-played</c>. Throws <see cref="KeyNotFoundException"/> for an unknown listener and
    /// <see cref="ArgumentException"/> beyond <see cref="MaxPlays"/>.
    /// </summary>
    public IReadOnlyList<SandboxPlay> GetPlays(string listenerId, DateTimeOffset from, DateTimeOffset to)
    {
        var plays = TimelineOf(listenerId).Between(from.ToUnixTimeMilliseconds(), Math.Min(to.ToUnixTimeMilliseconds(), Timelines.NowMs), MaxPlays)
            ?? throw new ArgumentException($"More than {MaxPlays} plays in that period; ask for a shorter one.", nameof(to));
        return plays.Select(play => new SandboxPlay(
            play.Track.Id, play.Track.Name, DateTimeOffset.FromUnixTimeMilliseconds(play.PlayedAtMs), play.Track.DurationMs)).ToArray();
    }

    /// <summary>
    /// <paramref name="listenerId"/>'s data export as Spotify zips it (<paramref name="extended"/>: the extended
    /// streaming history, else Account data); null for an unknown listener.
    /// </summary>
    public byte[]? BuildDataExport(string listenerId, bool extended)
    {
        var library = Directory.FindByKeyOrUserId(listenerId);
        return library is null ? null : Admin.DataExportEndpoints.Build(library, Timelines.For(library), Timelines.NowMs, extended);
    }

    /// <summary>From the clock's current time on, <paramref name="listenerId"/> ends a play about every <paramref name="playEvery"/>.</summary>
    public void SetListeningPace(string listenerId, TimeSpan playEvery)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(playEvery, TimeSpan.Zero);
        TimelineOf(listenerId).SetPace(playEvery, Timelines.NowMs);
    }

    private PlayTimeline TimelineOf(string listenerId) => Timelines.For(
        Directory.FindByKeyOrUserId(listenerId) ?? throw new KeyNotFoundException($"Unknown listener '{listenerId}'."));

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
            _apiCallCount++;
            _apiCallsByStatus[call.StatusCode] = _apiCallsByStatus.GetValueOrDefault(call.StatusCode) + 1;
            if (call.ListenerKey is not null)
            {
                _apiCallsByListener[call.ListenerKey] = _apiCallsByListener.GetValueOrDefault(call.ListenerKey) + 1;
            }

            if (_apiCalls.Count == _apiCallLogSize)
            {
                _apiCalls.Dequeue();
            }

            _apiCalls.Enqueue(call);
        }
    }
}

/// <summary>Reads shared state under a lock in one expression, for the sandbox's thread-safe stores.</summary>
internal static class LockExtensions
{
    public static T Read<T>(this Lock gate, Func<T> read)
    {
        using (gate.EnterScope())
        {
            return read();
        }
    }
}
