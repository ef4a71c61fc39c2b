using System.Globalization;
using System.Runtime.InteropServices;

namespace CleanSpotify.Benchmarks.Reporting;

/// <summary>
/// The machine a run measured, read from the runtime and <c>/proc</c>. The processor's cache size is reported because
/// the GC sizes its youngest generation from it (ADR 0033): the same site keeps more memory on a larger cache.
/// </summary>
internal sealed record MachineInfo(int Cores, string Cpu, long CacheBytes, long MemoryBytes, string OperatingSystem, string Runtime)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        ReadProc("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Kilobytes(ReadProc("/proc/cpuinfo", "cache size")),
        Kilobytes(ReadProc("/proc/meminfo", "MemTotal")),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    /// <summary>The 1-minute load average, a sign of how busy the machine was apart from this run.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>A <c>/proc</c> size such as <c>266240 KB</c> in bytes; 0 when it is missing.</summary>
    private static long Kilobytes(string? value) =>
        long.Parse((value ?? "0 kB").Split(' ')[0], CultureInfo.InvariantCulture) * 1024;

    private static string? ReadProc(string file, string key) => File.Exists(file)
        ? File.ReadLines(file)
            .Where(line => line.StartsWith(key, StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault()
        : null;
}
