using System.Globalization;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Application.Tracks.GetTopTracks;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Web.Models;

/// <summary>A page of top tracks, ready to render: labels, formatted durations, and the links around it.</summary>
public sealed record TopTracksViewModel(
    TimeRange Range,
    string RangeLabel,
    string RangeValue,
    int Page,
    int PageCount,
    int Total,
    bool HasPrevious,
    bool HasNext,
    IReadOnlyList<TopTrackRowViewModel> Tracks,
    IReadOnlyList<RangeTabViewModel> Tabs)
{
    public static TopTracksViewModel From(TopTracksPageDto page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new TopTracksViewModel(
            page.Range,
            TimeRangeNames.ToLabel(page.Range),
            TimeRangeNames.ToQueryValue(page.Range),
            page.Page,
            page.PageCount,
            page.Total,
            page.HasPrevious,
            page.HasNext,
            page.Tracks.Select(TopTrackRowViewModel.From).ToArray(),
            TimeRangeNames.All
                .Select(r => new RangeTabViewModel(TimeRangeNames.ToQueryValue(r), Capitalize(TimeRangeNames.ToLabel(r)), r == page.Range))
                .ToArray());
    }

    private static string Capitalize(string label) => char.ToUpperInvariant(label[0]) + label[1..];
}

/// <summary>One of the range tabs: "Last 4 weeks", "Last 6 months", "Last year".</summary>
public sealed record RangeTabViewModel(string Value, string Label, bool IsCurrent);

/// <summary>One row of the top-tracks list.</summary>
public sealed record TopTrackRowViewModel(int Rank, string Name, string Artists, string AlbumName, Uri? ImageUrl, string Duration, Uri? SpotifyUrl)
{
    public static TopTrackRowViewModel From(TopTrackDto track)
    {
        ArgumentNullException.ThrowIfNull(track);
        return new TopTrackRowViewModel(
            track.Rank,
            track.Name,
            string.Join(", ", track.Artists),
            track.AlbumName,
            track.ImageUrl,
            FormatDuration(track.Duration),
            track.SpotifyUrl);
    }

    /// <summary>m:ss, as music players show it.</summary>
    public static string FormatDuration(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}:{duration.Seconds:00}");
}
