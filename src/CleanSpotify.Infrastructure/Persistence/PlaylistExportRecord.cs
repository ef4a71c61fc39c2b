using CleanSpotify.Application.Playlists;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>A stored playlist export: unique per user and request id, reserved before Spotify is called.</summary>
internal sealed class PlaylistExportRecord : UserOwnedRowRecord
{
    public required Guid RequestId { get; init; }

    public required PlaylistExportStatus Status { get; set; }

    public required string Name { get; init; }

    public required int TrackCount { get; init; }

    public string? PlaylistId { get; set; }

    public string? PlaylistUrl { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public static PlaylistExportRecord From(PlaylistExport export) => new()
    {
        AppUserId = export.AppUserId,
        RequestId = export.RequestId,
        Status = export.Status,
        Name = export.Name,
        TrackCount = export.TrackCount,
        PlaylistId = export.PlaylistId,
        PlaylistUrl = export.PlaylistUrl?.AbsoluteUri,
        CreatedAt = export.CreatedAt,
    };

    public PlaylistExport ToExport() => new(
        AppUserId,
        RequestId,
        Status,
        Name,
        TrackCount,
        PlaylistId,
        PlaylistUrl is null ? null : new Uri(PlaylistUrl, UriKind.Absolute),
        CreatedAt);
}
