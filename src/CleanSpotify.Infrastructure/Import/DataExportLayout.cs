using System.Text.RegularExpressions;
using CleanSpotify.Application.Listening.ImportDataExport;

namespace CleanSpotify.Infrastructure.Import;

/// <summary>
/// Which files of an export hold streaming history, told from the file's own name wherever it sits in the zip
/// (<c>MyData/</c>, <c>Spotify Extended Streaming History/</c> or the root). Every other file of the export (the
/// account's identity, payments, searches…) is never opened.
/// </summary>
internal static partial class DataExportLayout
{
    public static DataExportFileKind? Classify(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName[(fileName.Replace('\\', '/').LastIndexOf('/') + 1)..];
        return ExtendedAudio().IsMatch(name) ? DataExportFileKind.Extended
            : ExtendedVideo().IsMatch(name) ? DataExportFileKind.ExtendedVideo
            : AccountMusic().IsMatch(name) ? DataExportFileKind.AccountData
            : AccountPodcast().IsMatch(name) ? DataExportFileKind.AccountDataPodcast
            : null;
    }

    [GeneratedRegex(@"^(Streaming_History_Audio_.*|endsong_\d+)\.json$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtendedAudio();

    [GeneratedRegex(@"^Streaming_History_Video_.*\.json$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtendedVideo();

    [GeneratedRegex(@"^StreamingHistory(_music_)?\d+\.json$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccountMusic();

    [GeneratedRegex(@"^StreamingHistory_podcast_\d+\.json$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccountPodcast();
}
