using System.Globalization;

namespace CleanSpotify.Web.Models;

/// <summary>"just now", "12 minutes ago", "3 hours ago", "2 days ago".</summary>
public static class Ago
{
    public static string Format(DateTimeOffset then, DateTimeOffset now)
    {
        var elapsed = now - then;
        return elapsed switch
        {
            _ when elapsed < TimeSpan.FromMinutes(1) => "just now",
            _ when elapsed < TimeSpan.FromHours(1) => Plural((int)elapsed.TotalMinutes, "minute"),
            _ when elapsed < TimeSpan.FromDays(1) => Plural((int)elapsed.TotalHours, "hour"),
            _ => Plural((int)elapsed.TotalDays, "day"),
        };
    }

    private static string Plural(int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")} ago");
}
