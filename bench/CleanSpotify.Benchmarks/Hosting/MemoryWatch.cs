namespace CleanSpotify.Benchmarks.Hosting;

/// <summary>Samples a process's resident memory every 50 ms while a scenario runs and keeps the highest value.</summary>
internal sealed class MemoryWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    public MemoryWatch(int pid)
    {
        _peak = ProcessMemory.ReadResidentBytes(pid);
        _sampling = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token))
                {
                    Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), ProcessMemory.ReadResidentBytes(pid)));
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        });
    }

    public long PeakBytes => Interlocked.Read(ref _peak);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
