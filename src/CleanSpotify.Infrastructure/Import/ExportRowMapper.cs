using System.Globalization;
using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Domain.Listening;

namespace CleanSpotify.Infrastructure.Import;

/// <summary>
/// Turns a parsed row into a play or a reason to skip it. Extended rows give the track id from
/// <c>spotify_track_uri</c>; Account-data rows have names only and minute-precision end times. Times are UTC.
/// </summary>
internal static class ExportRowMapper
{
    private const string TrackUriPrefix = "spotify:track:";

    public static DataExportRow ToRow(int number, ExportRowJson row, DataExportFileKind kind)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.IsExtended ? FromExtended(number, row, kind)
            : row.IsAccountData ? FromAccountData(number, row, kind)
            : Skip(number, ImportSkipReason.Invalid);
    }

    private static DataExportRow FromExtended(int number, ExportRowJson row, DataExportFileKind kind)
    {
        if (kind == DataExportFileKind.ExtendedVideo)
        {
            return Skip(number, ImportSkipReason.Video);
        }

        if (row.EpisodeName is not null || row.EpisodeShowName is not null || row.EpisodeUri is not null)
        {
            return Skip(number, ImportSkipReason.Podcast);
        }

        if (row.AudiobookTitle is not null || row.AudiobookUri is not null || row.AudiobookChapterUri is not null)
        {
            return Skip(number, ImportSkipReason.Audiobook);
        }

        if (string.IsNullOrWhiteSpace(row.TrackName))
        {
            return Skip(number, ImportSkipReason.Invalid);
        }

        if (row.TrackUri is null || !row.TrackUri.StartsWith(TrackUriPrefix, StringComparison.Ordinal) || row.TrackUri.Length == TrackUriPrefix.Length)
        {
            return Skip(number, ImportSkipReason.LocalFile);
        }

        if (row.MsPlayedExtended is not > 0)
        {
            return Skip(number, ImportSkipReason.ZeroMsPlayed);
        }

        if (!DateTimeOffset.TryParse(row.Ts, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var endedAt))
        {
            return Skip(number, ImportSkipReason.Invalid);
        }

        var play = new Play(
            row.TrackUri[TrackUriPrefix.Length..],
            row.TrackName,
            string.IsNullOrWhiteSpace(row.ArtistName) ? [] : [row.ArtistName],
            row.AlbumName ?? string.Empty,
            endedAt,
            ClampToInt(row.MsPlayedExtended.Value),
            msPlayedEstimated: false,
            PlaySource.Extended);
        return new DataExportRow(number, play, null);
    }

    private static DataExportRow FromAccountData(int number, ExportRowJson row, DataExportFileKind kind)
    {
        if (kind == DataExportFileKind.AccountDataPodcast || row.PodcastName is not null || row.AccountEpisodeName is not null)
        {
            return Skip(number, ImportSkipReason.Podcast);
        }

        if (string.IsNullOrWhiteSpace(row.AccountTrackName))
        {
            return Skip(number, ImportSkipReason.Invalid);
        }

        // Spotify's stand-in names for a file from the listener's own device.
        if (row.AccountTrackName == "Unknown Track" && row.AccountArtistName == "Unknown Artist")
        {
            return Skip(number, ImportSkipReason.LocalFile);
        }

        if (row.MsPlayedAccount is not > 0)
        {
            return Skip(number, ImportSkipReason.ZeroMsPlayed);
        }

        if (!DateTimeOffset.TryParseExact(row.EndTime, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var endedAt))
        {
            return Skip(number, ImportSkipReason.Invalid);
        }

        var play = new Play(
            null,
            row.AccountTrackName,
            string.IsNullOrWhiteSpace(row.AccountArtistName) ? [] : [row.AccountArtistName],
            string.Empty,
            endedAt,
            ClampToInt(row.MsPlayedAccount.Value),
            msPlayedEstimated: false,
            PlaySource.AccountData);
        return new DataExportRow(number, play, null);
    }

    private static int ClampToInt(long value) => (int)Math.Min(value, int.MaxValue);

    private static DataExportRow Skip(int number, ImportSkipReason reason) => new(number, null, reason);
}
