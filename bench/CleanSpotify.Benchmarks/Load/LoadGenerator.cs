using System.Diagnostics;
using System.Net;

namespace CleanSpotify.Benchmarks.Load;

/// <summary>
/// The .NET-driven load: closed loops, where each worker (one connection, usually one signed-in user) sends its next
/// operation as soon as the previous one has answered (they understate latency under overload, so throughput and
/// latency are read together), and an open loop at a fixed rate for latency below saturation.
/// </summary>
internal static class LoadGenerator
{
    /// <summary>
    /// <paramref name="workers"/> run back to back for <paramref name="warmup"/> and then <paramref name="duration"/>;
    /// operations started after the warm-up are timed. <paramref name="operation"/> gets the worker and its iteration.
    /// </summary>
    public static async Task<LoadResult> RunForAsync(
        int workers, TimeSpan warmup, TimeSpan duration, Func<int, long, CancellationToken, Task<bool>> operation, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var timedFrom = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var stopAt = timedFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var runs = Enumerable.Range(0, workers).Select(worker => Task.Run(
            async () =>
            {
                var samples = new LatencySamples();
                var failures = 0;
                long lastEnd = 0;
                for (long iteration = 0; Stopwatch.GetTimestamp() < stopAt; iteration++)
                {
                    var began = Stopwatch.GetTimestamp();
                    var ok = await RunOneAsync(operation, worker, iteration, cancellationToken);
                    var ended = Stopwatch.GetTimestamp();
                    if (began >= timedFrom)
                    {
                        samples.Add(ended - began);
                        failures += ok ? 0 : 1;
                        lastEnd = Math.Max(lastEnd, ended);
                    }
                }

                return (samples, failures, lastEnd);
            },
            cancellationToken)).ToArray();
        var done = await Task.WhenAll(runs);
        var end = done.Max(d => d.lastEnd);
        return new LoadResult(
            LatencySamples.Summarize(done.Select(d => d.samples)),
            done.Sum(d => d.failures),
            end > timedFrom ? Stopwatch.GetElapsedTime(timedFrom, end) : TimeSpan.Zero);
    }

    /// <summary><paramref name="count"/> operations, each timed, shared by <paramref name="workers"/> in index order.</summary>
    public static async Task<LoadResult> RunCountAsync(
        int workers, int count, Func<int, CancellationToken, Task<bool>> operation, CancellationToken cancellationToken)
    {
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        var runs = Enumerable.Range(0, Math.Min(workers, count)).Select(_ => Task.Run(
            async () =>
            {
                var samples = new LatencySamples();
                var failures = 0;
                for (var index = Interlocked.Increment(ref next); index < count; index = Interlocked.Increment(ref next))
                {
                    var began = Stopwatch.GetTimestamp();
                    var ok = await RunOneAsync((i, _, token) => operation(i, token), index, 0, cancellationToken);
                    samples.Add(Stopwatch.GetTimestamp() - began);
                    failures += ok ? 0 : 1;
                }

                return (samples, failures);
            },
            cancellationToken)).ToArray();
        var done = await Task.WhenAll(runs);
        return new LoadResult(LatencySamples.Summarize(done.Select(d => d.samples)), done.Sum(d => d.failures), Stopwatch.GetElapsedTime(start));
    }

    /// <summary>
    /// An open loop: operation <c>i</c> is sent <c>i / perSecond</c> seconds after the start, whether or not earlier
    /// ones have answered, so a slow answer never holds back the next request; each is timed from when it was sent.
    /// </summary>
    public static async Task<LoadResult> RunAtRateAsync(
        int count, double perSecond, Func<int, CancellationToken, Task<bool>> operation, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        var start = Stopwatch.GetTimestamp();
        var runs = new Task<(long Ticks, bool Ok, long Ended)>[count];
        for (var index = 0; index < count; index++)
        {
            var wait = TimeSpan.FromSeconds(index / perSecond) - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var operationIndex = index;
            runs[index] = Task.Run(
                async () =>
                {
                    var began = Stopwatch.GetTimestamp();
                    var ok = await RunOneAsync((i, _, token) => operation(i, token), operationIndex, 0, cancellationToken);
                    var ended = Stopwatch.GetTimestamp();
                    return (ended - began, ok, ended);
                },
                cancellationToken);
        }

        var done = await Task.WhenAll(runs);
        var samples = new LatencySamples();
        foreach (var run in done)
        {
            samples.Add(run.Ticks);
        }

        return new LoadResult(
            LatencySamples.Summarize([samples]),
            done.Count(run => !run.Ok),
            count == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(start, done.Max(run => run.Ended)));
    }

    /// <summary>A GET whose body is read to the end; true when the status is <paramref name="expected"/>.</summary>
    public static async Task<bool> GetAsync(HttpClient client, string path, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await response.Content.CopyToAsync(Stream.Null, cancellationToken);
        return response.StatusCode == expected;
    }

    /// <summary>An operation that threw (a refused connection, a timeout) counts as a failure, not the end of the run.</summary>
    private static async Task<bool> RunOneAsync(
        Func<int, long, CancellationToken, Task<bool>> operation, int worker, long iteration, CancellationToken cancellationToken)
    {
        try
        {
            return await operation(worker, iteration, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
