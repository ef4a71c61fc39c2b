using CleanSpotify.Domain.Listening;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>A stored play: one row per user and play, the end time kept as Unix milliseconds so both providers sort and range-scan it.</summary>
internal sealed class PlayRecord : UserOwnedRowRecord
{
    public required DateTimeOffset PlayedAt { get; init; }

    public string? TrackId { get; set; }

    public required string TrackName { get; init; }

    public required List<string> ArtistNames { get; init; }

    public required List<string> ArtistIds { get; init; }

    public required string AlbumName { get; init; }

    public string? AlbumId { get; init; }

    public string? ImageUrl { get; init; }

    public required int MsPlayed { get; set; }

    public required bool MsPlayedEstimated { get; set; }

    public required PlaySource Source { get; init; }

    public static PlayRecord From(string appUserId, Play play) => new()
    {
        AppUserId = appUserId,
        PlayedAt = play.PlayedAt,
        TrackId = play.TrackId,
        TrackName = play.TrackName,
        ArtistNames = [.. play.ArtistNames],
        ArtistIds = [.. play.ArtistIds],
        AlbumName = play.AlbumName,
        AlbumId = play.AlbumId,
        ImageUrl = play.ImageUrl?.AbsoluteUri,
        MsPlayed = play.MsPlayed,
        MsPlayedEstimated = play.MsPlayedEstimated,
        Source = play.Source,
    };

    public Play ToPlay() => new(TrackId, TrackName, ArtistNames, AlbumName, PlayedAt, MsPlayed, MsPlayedEstimated, Source)
    {
        ArtistIds = ArtistIds,
        AlbumId = AlbumId,
        ImageUrl = ImageUrl is null ? null : new Uri(ImageUrl, UriKind.Absolute),
    };
}
