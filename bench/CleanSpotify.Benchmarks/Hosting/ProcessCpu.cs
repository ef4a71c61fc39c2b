using System.Globalization;

namespace CleanSpotify.Benchmarks.Hosting;

/// <summary>A process's CPU time so far (user + system) from <c>/proc/&lt;pid&gt;/stat</c> (Linux).</summary>
internal static class ProcessCpu
{
    /// <summary>Linux reports <c>utime</c> and <c>stime</c> in USER_HZ, which the kernel's ABI fixes at 100 a second.</summary>
    public const int TicksPerSecond = 100;

    public static TimeSpan Read(int pid) => Parse(File.ReadAllText($"/proc/{pid}/stat"));

    /// <summary>
    /// <c>utime</c> + <c>stime</c> (fields 14 and 15) of a stat line. The fields are counted after the last <c>)</c>,
    /// because the command name in parentheses (field 2) may itself hold spaces and parentheses.
    /// </summary>
    public static TimeSpan Parse(string stat)
    {
        ArgumentNullException.ThrowIfNull(stat);
        var end = stat.LastIndexOf(')');
        var fields = stat[(end + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // fields[0] is field 3 (state), so field n is fields[n - 3].
        if (end < 0 || fields.Length < 13)
        {
            throw new FormatException($"Not a /proc/<pid>/stat line: '{stat}'.");
        }

        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((double)ticks / TicksPerSecond);
    }
}
