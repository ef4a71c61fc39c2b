using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Web.Http;

/// <summary>The site's URL words for time ranges (<c>?range=short_term</c>); an absent range means the last 6 months.</summary>
public static class TimeRangeNames
{
    public const TimeRange Default = TimeRange.MediumTerm;

    private static readonly Dictionary<TimeRange, string> Words = new()
    {
        [TimeRange.ShortTerm] = "short_term",
        [TimeRange.MediumTerm] = "medium_term",
        [TimeRange.LongTerm] = "long_term",
    };

    public static string ToQueryValue(TimeRange range) =>
        Words.TryGetValue(range, out var word) ? word : throw new ArgumentOutOfRangeException(nameof(range), range, "Unknown time range.");

    /// <summary>Parses a URL value; an empty value means the default range.</summary>
    public static bool TryParse(string? value, out TimeRange range)
    {
        range = Default;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        foreach (var (candidate, word) in Words)
        {
            if (string.Equals(word, value, StringComparison.Ordinal))
            {
                range = candidate;
                return true;
            }
        }

        return false;
    }
}
