using System.Globalization;

namespace CleanSpotify.Benchmarks.Hosting;

/// <summary>A process's resident memory from <c>/proc/&lt;pid&gt;/status</c> (Linux): now (VmRSS) and its peak so far (VmHWM).</summary>
internal static class ProcessMemory
{
    public static long ReadResidentBytes(int pid) => ReadField(pid, "VmRSS:");

    public static long ReadPeakResidentBytes(int pid) => ReadField(pid, "VmHWM:");

    /// <summary>A <c>kB</c> field of a status file's text, in bytes; 0 when it is missing.</summary>
    public static long ParseField(string status, string field)
    {
        ArgumentNullException.ThrowIfNull(status);
        foreach (var line in status.Split('\n'))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var parts = line[field.Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                return long.Parse(parts[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    private static long ReadField(int pid, string field)
    {
        try
        {
            return ParseField(File.ReadAllText($"/proc/{pid}/status"), field);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
