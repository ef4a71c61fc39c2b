using System.Globalization;
using CleanSpotify.Application.Recent.GetRecentlyPlayed;
using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Web.Models;

/// <summary>The recent page: plays grouped by UTC day, newest first, with freshness and the stale banner.</summary>
public sealed record RecentViewModel(
    IReadOnlyList<RecentDayViewModel> Days,
    int PlayCount,
    string UpdatedAgo,
    string? StaleNotice)
{
    public const string Path = "/recent";

    public static RecentViewModel From(RecentlyPlayedDto recent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(recent);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var days = recent.Plays
            .GroupBy(play => DateOnly.FromDateTime(play.PlayedAt.UtcDateTime))
            .Select(day => new RecentDayViewModel(
                DayHeading(day.Key, today),
                day.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                day.Select(play => RecentPlayRowViewModel.From(play, now)).ToArray()))
            .ToArray();
        return new RecentViewModel(days, recent.Plays.Count, Ago.Format(recent.FetchedAt, now), recent.StaleNotice);
    }

    /// <summary>"Today", "Yesterday", "Friday 27 November", with the year only when it is not this year's.</summary>
    public static string DayHeading(DateOnly day, DateOnly today)
    {
        if (day == today)
        {
            return "Today";
        }

        if (day == today.AddDays(-1))
        {
            return "Yesterday";
        }

        var format = day.Year == today.Year ? "dddd d MMMM" : "dddd d MMMM yyyy";
        return day.ToString(format, CultureInfo.InvariantCulture);
    }
}

/// <summary>One day's plays under its heading; <see cref="Date"/> is the UTC date as yyyy-MM-dd.</summary>
public sealed record RecentDayViewModel(string Heading, string Date, IReadOnlyList<RecentPlayRowViewModel> Plays);

/// <summary>One play: the track, how long ago it was played, and the exact time for the hover and machines.</summary>
public sealed record RecentPlayRowViewModel(
    string Name,
    string Artists,
    string AlbumName,
    Uri? ImageUrl,
    string Duration,
    Uri? SpotifyUrl,
    string PlayedAgo,
    string PlayedAtIso,
    string PlayedAtText)
{
    public static RecentPlayRowViewModel From(RecentPlayDto play, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(play);
        var playedAt = play.PlayedAt.UtcDateTime;
        return new RecentPlayRowViewModel(
            play.TrackName,
            string.Join(", ", play.Artists),
            play.AlbumName,
            play.ImageUrl,
            TopTrackRowViewModel.FormatDuration(play.Duration),
            play.SpotifyUrl,
            Ago.Format(play.PlayedAt, now),
            playedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            playedAt.ToString("dddd d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture));
    }
}
