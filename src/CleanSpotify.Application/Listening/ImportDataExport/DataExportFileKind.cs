namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>What a JSON file of an export holds, told from its name (or, for a loose file, its rows).</summary>
public enum DataExportFileKind
{
    /// <summary><c>Streaming_History_Audio_…json</c> or the older <c>endsong_N.json</c>.</summary>
    Extended = 1,

    /// <summary><c>StreamingHistory_music_N.json</c> or the older <c>StreamingHistoryN.json</c>.</summary>
    AccountData = 2,

    /// <summary><c>StreamingHistory_podcast_N.json</c>: counted and skipped.</summary>
    AccountDataPodcast = 3,

    /// <summary><c>Streaming_History_Video_…json</c>: counted and skipped.</summary>
    ExtendedVideo = 4,

    /// <summary>A loose JSON file with another name: its rows say which format it is.</summary>
    Unnamed = 5,
}
