using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Tracks;

/// <summary>The site's names for time ranges, as used in its URLs (<c>?range=short_term</c>) and labels.</summary>
public static class TimeRangeNames
{
    public const TimeRange Default = TimeRange.MediumTerm;

    public static IReadOnlyList<TimeRange> All { get; } = [TimeRange.ShortTerm, TimeRange.MediumTerm, TimeRange.LongTerm];

    public static string ToQueryValue(TimeRange range) => range switch
    {
        TimeRange.ShortTerm => "short_term",
        TimeRange.MediumTerm => "medium_term",
        TimeRange.LongTerm => "long_term",
        _ => throw new ArgumentOutOfRangeException(nameof(range), range, "Unknown time range."),
    };

    /// <summary>How people say it: "last 4 weeks", "last 6 months", "last year".</summary>
    public static string ToLabel(TimeRange range) => range switch
    {
        TimeRange.ShortTerm => "last 4 weeks",
        TimeRange.MediumTerm => "last 6 months",
        TimeRange.LongTerm => "last year",
        _ => throw new ArgumentOutOfRangeException(nameof(range), range, "Unknown time range."),
    };

    /// <summary>Parses a URL value; an empty value means the default range.</summary>
    public static bool TryParse(string? value, out TimeRange range)
    {
        if (string.IsNullOrEmpty(value))
        {
            range = Default;
            return true;
        }

        foreach (var candidate in All)
        {
            if (string.Equals(ToQueryValue(candidate), value, StringComparison.Ordinal))
            {
                range = candidate;
                return true;
            }
        }

        range = default;
        return false;
    }
}
