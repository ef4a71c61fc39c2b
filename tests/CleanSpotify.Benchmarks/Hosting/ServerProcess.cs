using System.Diagnostics;
using System.Net;

namespace CleanSpotify.Benchmarks.Hosting;

/// <summary>
/// A server the harness starts as a child process (the site, or the ceiling), with its output kept in a log file,
/// reached at <see cref="BaseAddress"/> once <c>readyPath</c> answers 200.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServerProcess(Process process, StreamWriter log, Uri baseAddress, TimeSpan startup)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        Startup = startup;
    }

    public Uri BaseAddress { get; }

    /// <summary>From process start to the first 200 on the ready path.</summary>
    public TimeSpan Startup { get; }

    public int Id => _process.Id;

    public static async Task<ServerProcess> StartAsync(
        ProcessStartInfo startInfo, int port, string readyPath, string logFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(startInfo);
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{startInfo.FileName} did not start.");
        process.OutputDataReceived += (_, line) => WriteLine(log, line.Data);
        process.ErrorDataReceived += (_, line) => WriteLine(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

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
                    return new ServerProcess(process, log, baseAddress, Stopwatch.GetElapsedTime(started));
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
        await log.DisposeAsync();
        throw new InvalidOperationException(
            $"{Path.GetFileName(startInfo.ArgumentList.FirstOrDefault() ?? startInfo.FileName)} {(exited ? "exited" : "never became ready")}; see {logFile}.");
    }

    public long PeakResidentBytes => ProcessMemory.ReadPeakResidentBytes(_process.Id);

    public MemoryWatch WatchMemory() => new(_process.Id);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static void WriteLine(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
