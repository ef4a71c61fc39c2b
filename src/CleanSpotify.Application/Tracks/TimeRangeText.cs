using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Tracks;

/// <summary>How the site writes a time range in its texts and exported files (URLs have their own words in Web).</summary>
public static class TimeRangeText
{
    public static IReadOnlyList<TimeRange> All { get; } = [TimeRange.ShortTerm, TimeRange.MediumTerm, TimeRange.LongTerm];

    /// <summary>The word in export file names and documents, e.g. <c>cleanspotify-top-tracks-short_term-….csv</c>.</summary>
    public static string ToExportValue(TimeRange range) => range switch
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
}
