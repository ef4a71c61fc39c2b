using System.Globalization;
using CleanSpotify.Application.Listening.ImportDataExport;

namespace CleanSpotify.Web.Models;

/// <summary>The import status page: state word, progress, and the outcome once finished.</summary>
public sealed record ImportStatusViewModel(
    string State,
    bool IsRunning,
    int Percent,
    string Files,
    long RowsRead,
    long PlaysAdded,
    long DuplicatesSkipped,
    long EstimatesReplaced,
    IReadOnlyList<ImportSkippedRowViewModel> Skipped,
    string? Period,
    IReadOnlyList<ImportFileError> Errors,
    string? FailureMessage)
{
    /// <summary>Seconds between reloads while the import runs.</summary>
    public const int RefreshSeconds = 2;

    public static ImportStatusViewModel From(ImportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var counts = job.Counts;
        return new ImportStatusViewModel(
            job.State.ToString().ToLowerInvariant(),
            !job.IsFinished,
            job.Percent,
            string.Join(", ", job.UploadNames),
            counts.RowsRead,
            counts.PlaysAdded,
            counts.DuplicatesSkipped,
            counts.EstimatesReplaced,
            counts.Skipped.Where(s => s.Value > 0).OrderBy(s => s.Key).Select(s => new ImportSkippedRowViewModel(Label(s.Key), s.Value)).ToArray(),
            counts.FirstPlayAt is { } first && counts.LastPlayAt is { } last
                ? string.Create(CultureInfo.InvariantCulture, $"{first.UtcDateTime:yyyy-MM-dd} to {last.UtcDateTime:yyyy-MM-dd}")
                : null,
            job.Errors,
            job.FailureMessage);
    }

    private static string Label(ImportSkipReason reason) => reason switch
    {
        ImportSkipReason.ZeroMsPlayed => "played for 0 ms",
        ImportSkipReason.Podcast => "podcast episodes",
        ImportSkipReason.Audiobook => "audiobooks",
        ImportSkipReason.Video => "videos",
        ImportSkipReason.LocalFile => "local files",
        _ => "rows without a usable time or track",
    };
}

/// <summary>One reason rows were skipped, and how many.</summary>
public sealed record ImportSkippedRowViewModel(string Reason, long Count);
