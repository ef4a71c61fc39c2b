using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// A factory whose site runs on a <see cref="FakeTimeProvider"/> (the sandbox keeps real time), with one user per
/// sandbox listener, each made on first use through the full link flow and shared by the class's tests (a Spotify
/// account can be linked to only one user per database).
/// </summary>
public sealed class LinkedListenersFactory : CleanSpotifyWebApplicationFactory
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, UserSession> _sessions = new(StringComparer.Ordinal);

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The session of the user linked to <paramref name="listenerKey"/>, linking it the first time.</summary>
    public async Task<UserSession> LinkedAsAsync(string listenerKey)
    {
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!_sessions.TryGetValue(listenerKey, out var session))
            {
                session = await SignedUpSessionAsync(listenerKey);
                await session.LinkSuccessfullyAsAsync(listenerKey);
                _sessions.Add(listenerKey, session);
            }

            return session;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The site's Spotify Web API calls made for <paramref name="listenerKey"/> to a path ending in <paramref name="pathEnd"/>.</summary>
    public int ApiCalls(string listenerKey, string pathEnd) =>
        Sandbox.State.ApiCalls.Count(c => c.ListenerKey == listenerKey && c.Path.EndsWith(pathEnd, StringComparison.Ordinal));

    public override async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }

        _gate.Dispose();
        await base.DisposeAsync();
    }

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
