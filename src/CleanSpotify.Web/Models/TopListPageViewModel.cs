using System.Globalization;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.SpotifyData;
using CleanSpotify.Domain.History;

namespace CleanSpotify.Web.Models;

/// <summary>A page of top tracks or top artists, ready to render: the list around the rows, and the rows.</summary>
public sealed record TopListPageViewModel(TopListViewModel List, IReadOnlyList<TopItemRowViewModel> Rows)
{
    public static TopListPageViewModel From(TopListPageDto<TopItemDto> page, TopListKind list, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(page);
        var noun = QueryValueBinderProvider.ToQueryValue(list);
        return new TopListPageViewModel(
            TopListViewModel.From(page, $"/top/{noun}", noun, now),
            page.Items.Select((item, index) => TopItemRowViewModel.From(item, page.Changes[index])).ToArray());
    }

    /// <summary>The rows as the page of one list renders them.</summary>
    public IReadOnlyList<TRow> RowsOf<TRow>()
        where TRow : TopItemRowViewModel => Rows.Cast<TRow>().ToArray();
}

/// <summary>What every row of a top list shows: rank and movement, picture, name, history and Spotify links.</summary>
public abstract record TopItemRowViewModel(int Rank, string Id, string Name, Uri? ImageUrl, Uri? SpotifyUrl, MovementViewModel Movement)
{
    public static TopItemRowViewModel From(TopItemDto item, RankChange change) => item switch
    {
        TopTrackDto track => TopTrackRowViewModel.From(track, change),
        TopArtistDto artist => TopArtistRowViewModel.From(artist, change),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Top lists hold tracks or artists."),
    };
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
    MovementViewModel Movement) : TopItemRowViewModel(Rank, Id, Name, ImageUrl, SpotifyUrl, Movement)
{
    public static TopTrackRowViewModel From(TopTrackDto track, RankChange change)
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

/// <summary>One row of the top-artists list; <see cref="Genres"/> is null when Spotify sent none.</summary>
public sealed record TopArtistRowViewModel(int Rank, string Id, string Name, string? Genres, Uri? ImageUrl, Uri? SpotifyUrl, MovementViewModel Movement)
    : TopItemRowViewModel(Rank, Id, Name, ImageUrl, SpotifyUrl, Movement)
{
    public static TopArtistRowViewModel From(TopArtistDto artist, RankChange change)
    {
        ArgumentNullException.ThrowIfNull(artist);
        return new TopArtistRowViewModel(
            artist.Rank,
            artist.Id,
            artist.Name,
            artist.Genres.Count == 0 ? null : string.Join(", ", artist.Genres),
            artist.ImageUrl,
            artist.SpotifyUrl,
            MovementViewModel.From(change));
    }
}
