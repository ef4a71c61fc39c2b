using System.Globalization;

namespace CleanSpotify.Web.Models;

/// <summary>How history and stats pages write times, days and amounts of listening.</summary>
public static class ListeningFormat
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LongDay(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string DayAndTime(DateTimeOffset local) => local.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the user's offset, for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTimeOffset local) => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>"2 h 05 min", "17 min", "45 s".</summary>
    public static string Listened(long ms)
    {
        var time = TimeSpan.FromMilliseconds(ms);
        return time switch
        {
            _ when time.TotalMinutes < 1 => string.Create(CultureInfo.InvariantCulture, $"{time.Seconds} s"),
            _ when time.TotalHours < 1 => string.Create(CultureInfo.InvariantCulture, $"{time.Minutes} min"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{(long)time.TotalHours} h {time.Minutes:00} min"),
        };
    }

    public static string Count(int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {unit}{(count == 1 ? string.Empty : "s")}");

    /// <summary>The query string of a period (<c>from</c> and <c>to</c> when set), with a leading <c>?</c> or <c>&amp;</c> as asked.</summary>
    public static string PeriodQuery(DateOnly? from, DateOnly? to, char lead = '?')
    {
        var parts = new List<string>();
        if (from is { } start)
        {
            parts.Add("from=" + Day(start));
        }

        if (to is { } end)
        {
            parts.Add("to=" + Day(end));
        }

        return parts.Count == 0 ? string.Empty : lead + string.Join('&', parts);
    }
}
