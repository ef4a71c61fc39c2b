using System.Diagnostics;
using System.Net;

namespace CleanSpotify.Benchmarks.Hosting;

/// <summary>
/// A server the harness starts as a child process (the site, or the ceiling), reached at <see cref="BaseAddress"/>
/// once <c>readyPath</c> answers 200. Its output goes straight to a log file through the shell, not through a pipe
/// the busy harness would have to drain: a slow reader would stall the server's console logger and be measured.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri baseAddress, TimeSpan startup)
    {
        _process = process;
        BaseAddress = baseAddress;
        Startup = startup;
    }

    public Uri BaseAddress { get; }

    /// <summary>From process start to the first 200 on the ready path.</summary>
    public TimeSpan Startup { get; }

    public int Id => _process.Id;

    /// <summary>Runs <paramref name="command"/> (program first) in <paramref name="workingDirectory"/> with <paramref name="environment"/> added.</summary>
    public static async Task<ServerProcess> StartAsync(
        IReadOnlyList<string> command,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        int port,
        string readyPath,
        string logFile,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(environment);
        var startInfo = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        foreach (var argument in (string[])["-c", "exec \"$@\" >>\"$0\" 2>&1", logFile, .. command])
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{command[0]} did not start.");

        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = started + 90 * Stopwatch.Frequency;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var response = await probe.GetAsync(readyPath, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new ServerProcess(process, baseAddress, Stopwatch.GetElapsedTime(started));
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        var exited = process.HasExited;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(cancellationToken);
        process.Dispose();
        throw new InvalidOperationException($"{string.Join(' ', command)} {(exited ? "exited" : "never became ready")}; see {logFile}.");
    }

    public long PeakResidentBytes => ProcessMemory.ReadPeakResidentBytes(_process.Id);

    /// <summary>CPU time the server has used so far (user and kernel), the figure that does not depend on the load generator.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public MemoryWatch WatchMemory() => new(_process.Id);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
