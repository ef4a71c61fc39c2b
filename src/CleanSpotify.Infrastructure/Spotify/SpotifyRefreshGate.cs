using Medallion.Threading;

namespace CleanSpotify.Infrastructure.Spotify;

/// <summary>
/// Serialises token refreshes per user, so concurrent requests that find an expired token make one token request
/// between them. Inside this process, lock striping keeps memory fixed however many users there are (two users that
/// share a stripe only wait for each other's refresh, never use each other's token). When instances share a
/// PostgreSQL database, a per-user advisory lock on it then makes the refresh single-flight across instances too
/// (ADR 0017); without one (SQLite: one machine) the in-process stripe is the whole gate.
/// </summary>
internal sealed class SpotifyRefreshGate(IDistributedLockProvider? distributedLocks = null) : IDisposable
{
    private const int StripeCount = 256;

    /// <summary>Longer than a token request may take (10 s timeout), so a live holder is never overtaken.</summary>
    private static readonly TimeSpan DistributedWait = TimeSpan.FromSeconds(20);

    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Holds the user's refresh gate until disposed; throws <see cref="TimeoutException"/> if another instance keeps it.</summary>
    public async Task<IAsyncDisposable> EnterAsync(string appUserId, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(appUserId) % StripeCount)];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            var distributed = distributedLocks is null
                ? null
                : await distributedLocks.AcquireLockAsync($"cleanspotify:token-refresh:{appUserId}", DistributedWait, cancellationToken);
            return new Releaser(stripe, distributed);
        }
        catch
        {
            stripe.Release();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var stripe in _stripes)
        {
            stripe.Dispose();
        }
    }

    private sealed class Releaser(SemaphoreSlim stripe, IDistributedSynchronizationHandle? distributed) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            try
            {
                if (distributed is not null)
                {
                    await distributed.DisposeAsync();
                }
            }
            finally
            {
                stripe.Release();
            }
        }
    }
}
