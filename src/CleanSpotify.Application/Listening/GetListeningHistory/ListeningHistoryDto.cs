namespace CleanSpotify.Application.Listening.GetListeningHistory;

/// <summary>
/// One page of stored plays and the gaps among them, in the user's <see cref="TimeZone"/>. <see cref="HasAnyPlays"/>
/// tells an empty period from a user with no history at all.
/// </summary>
public sealed record ListeningHistoryDto(
    DateOnly? From,
    DateOnly? To,
    string TimeZone,
    int Page,
    int PageSize,
    int Total,
    bool HasAnyPlays,
    IReadOnlyList<HistoryPlayDto> Plays,
    IReadOnlyList<HistoryGapDto> Gaps)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

/// <summary>One stored play; <see cref="PlayedAt"/> is when it ended, in the user's time zone.</summary>
public sealed record HistoryPlayDto(
    DateTimeOffset PlayedAt,
    string TrackName,
    IReadOnlyList<string> Artists,
    string AlbumName,
    Uri? ImageUrl,
    int MsPlayed,
    bool MsPlayedEstimated);

/// <summary>A stretch in which plays may be missing, in the user's time zone.</summary>
public sealed record HistoryGapDto(DateTimeOffset From, DateTimeOffset To);
