namespace CleanSpotify.Web.FunctionalTests.Support;

/// <summary>
/// A factory with one user linked to <see cref="Listeners.JazzSoul"/>, made on first use through the full link
/// flow and shared by read-only page tests (a Spotify account can be linked to only one user per database).
/// </summary>
public sealed class LinkedUserFactory : CleanSpotifyWebApplicationFactory
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private UserSession? _jazzSoul;

    public async Task<UserSession> JazzSoulUserAsync()
    {
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_jazzSoul is null)
            {
                var session = await SignedUpSessionAsync("jazz");
                await session.LinkSuccessfullyAsAsync(Listeners.JazzSoul);
                _jazzSoul = session;
            }

            return _jazzSoul;
        }
        finally
        {
            _gate.Release();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        _jazzSoul?.Dispose();
        _gate.Dispose();
        await base.DisposeAsync();
    }
}
