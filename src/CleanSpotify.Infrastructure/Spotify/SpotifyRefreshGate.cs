namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Serialises token refreshes per user inside this process, so concurrent requests that find an expired token make
/// one token request between them. Lock striping keeps memory fixed however many users there are; two users that
/// share a stripe only wait for each other's refresh, never use each other's token.
/// </summary>
internal sealed class SpotifyRefreshGate : IDisposable
{
    private const int StripeCount = 256;

    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> EnterAsync(string appUserId, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(appUserId) % StripeCount)];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    public void Dispose()
    {
        foreach (var stripe in _stripes)
        {
            stripe.Dispose();
        }
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
