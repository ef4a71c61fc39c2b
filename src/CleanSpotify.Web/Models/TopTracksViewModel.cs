using System.Globalization;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Web.Models;

/// <summary>A page of top tracks, ready to render.</summary>
public sealed record TopTracksViewModel(TopListViewModel List, IReadOnlyList<TopTrackRowViewModel> Tracks)
{
    public static TopTracksViewModel From(TopListPageDto<TopTrackDto> page, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new TopTracksViewModel(
            TopListViewModel.From(page, "/top/tracks", "tracks", now),
            page.Items.Select((track, index) => TopTrackRowViewModel.From(track, page.Changes[index])).ToArray());
    }
}

/// <summary>One row of the top-tracks list.</summary>
public sealed record TopTrackRowViewModel(
    int Rank,
    string Id,
    string Name,
    string Artists,
    string AlbumName,
    Uri? ImageUrl,
    string Duration,
    Uri? SpotifyUrl,
    MovementViewModel Movement)
{
    public static TopTrackRowViewModel From(TopTrackDto track, Domain.History.RankChange change)
    {
        ArgumentNullException.ThrowIfNull(track);
        return new TopTrackRowViewModel(
            track.Rank,
            track.Id,
            track.Name,
            string.Join(", ", track.Artists),
            track.AlbumName,
            track.ImageUrl,
            FormatDuration(track.Duration),
            track.SpotifyUrl,
            MovementViewModel.From(change));
    }

    /// <summary>m:ss, as music players show it.</summary>
    public static string FormatDuration(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}:{duration.Seconds:00}");
}
