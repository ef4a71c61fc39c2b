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
public abstract record TopItemRowViewModel
{
    protected TopItemRowViewModel(TopItemDto item, RankChange change)
    {
        ArgumentNullException.ThrowIfNull(item);
        Rank = item.Rank;
        Id = item.Id;
        Name = item.Name;
        ImageUrl = item.ImageUrl;
        SpotifyUrl = item.SpotifyUrl;
        Movement = MovementViewModel.From(change);
    }

    public int Rank { get; }

    public string Id { get; }

    public string Name { get; }

    public Uri? ImageUrl { get; }

    public Uri? SpotifyUrl { get; }

    public MovementViewModel Movement { get; }

    public static TopItemRowViewModel From(TopItemDto item, RankChange change) => item switch
    {
        TopTrackDto track => new TopTrackRowViewModel(track, change),
        TopArtistDto artist => new TopArtistRowViewModel(artist, change),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Top lists hold tracks or artists."),
    };
}

/// <summary>One row of the top-tracks list.</summary>
public sealed record TopTrackRowViewModel : TopItemRowViewModel
{
    public TopTrackRowViewModel(TopTrackDto track, RankChange change)
        : base(track, change)
    {
        Artists = string.Join(", ", track.Artists);
        AlbumName = track.AlbumName;
        Duration = FormatDuration(track.Duration);
    }

    public string Artists { get; }

    public string AlbumName { get; }

    public string Duration { get; }

    /// <summary>m:ss, as music players show it.</summary>
    public static string FormatDuration(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}:{duration.Seconds:00}");
}

/// <summary>One row of the top-artists list; <see cref="Genres"/> is null when Spotify sent none.</summary>
public sealed record TopArtistRowViewModel : TopItemRowViewModel
{
    public TopArtistRowViewModel(TopArtistDto artist, RankChange change)
        : base(artist, change)
    {
        Genres = artist.Genres.Count == 0 ? null : string.Join(", ", artist.Genres);
    }

    public string? Genres { get; }
}
