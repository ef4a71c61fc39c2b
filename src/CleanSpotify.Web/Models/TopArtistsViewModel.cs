using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.SpotifyData;

namespace CleanSpotify.Web.Models;

/// <summary>A page of top artists, ready to render.</summary>
public sealed record TopArtistsViewModel(TopListViewModel List, IReadOnlyList<TopArtistRowViewModel> Artists)
{
    public static TopArtistsViewModel From(TopListPageDto<TopArtistDto> page, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new TopArtistsViewModel(
            TopListViewModel.From(page, "/top/artists", "artists", now),
            page.Items.Select((artist, index) => new TopArtistRowViewModel(
                artist.Rank,
                artist.Id,
                artist.Name,
                artist.Genres.Count == 0 ? null : string.Join(", ", artist.Genres),
                artist.ImageUrl,
                artist.SpotifyUrl,
                MovementViewModel.From(page.Changes[index]))).ToArray());
    }
}

/// <summary>One row of the top-artists list; <see cref="Genres"/> is null when Spotify sent none.</summary>
public sealed record TopArtistRowViewModel(int Rank, string Id, string Name, string? Genres, Uri? ImageUrl, Uri? SpotifyUrl, MovementViewModel Movement);
