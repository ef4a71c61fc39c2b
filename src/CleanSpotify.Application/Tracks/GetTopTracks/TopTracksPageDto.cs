using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Tracks.GetTopTracks;

/// <summary>A page of top tracks and where it sits in the whole list.</summary>
public sealed record TopTracksPageDto(TimeRange Range, int Page, int PageSize, int Total, IReadOnlyList<TopTrackDto> Tracks)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}
