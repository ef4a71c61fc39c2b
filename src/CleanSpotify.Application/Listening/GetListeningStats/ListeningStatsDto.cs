namespace CleanSpotify.Application.Listening.GetListeningStats;

/// <summary>
/// The figures of <c>/stats</c> for a period. <see cref="Plays"/> counts every stored play, <see cref="Streams"/> those
/// of at least 30 seconds, <see cref="MsListened"/> sums every play's time. Times are in <see cref="TimeZone"/>;
/// <see cref="ChartFirst"/> to <see cref="ChartLast"/> are the days the chart covers.
/// </summary>
public sealed record ListeningStatsDto(
    DateOnly? From,
    DateOnly? To,
    DateOnly Today,
    string TimeZone,
    int Plays,
    int Streams,
    long MsListened,
    DateOnly ChartFirst,
    DateOnly ChartLast,
    ChartBucketSize BucketSize,
    IReadOnlyList<ListeningBucketDto> Buckets,
    IReadOnlyList<HeatCellDto> HeatMap,
    TopPlayedListsDto Top,
    IReadOnlyList<ListeningSessionDto> Sessions);

/// <summary>The six top lists: tracks, artists and albums, each by streams and by time listened (first and last plays in the user's time zone).</summary>
public sealed record TopPlayedListsDto(
    IReadOnlyList<PlayedItemTotal> TracksByStreams,
    IReadOnlyList<PlayedItemTotal> TracksByTime,
    IReadOnlyList<PlayedItemTotal> ArtistsByStreams,
    IReadOnlyList<PlayedItemTotal> ArtistsByTime,
    IReadOnlyList<PlayedItemTotal> AlbumsByStreams,
    IReadOnlyList<PlayedItemTotal> AlbumsByTime);
