using System.Text.Json;
using CleanSpotify.Application.Listening.ImportDataExport;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// A stored import job. <see cref="ActiveUserId"/> holds the user's id while the job is unfinished and is null after,
/// so a unique index on it allows one unfinished job per user on every provider. Lists are JSON text.
/// </summary>
internal sealed class DataExportImportRecord : UserOwnedRecord
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; init; }

    public string? ActiveUserId { get; set; }

    /// <summary>The instance whose upload folder holds the job's upload (<see cref="Import.ImportInstance"/>).</summary>
    public required string Instance { get; init; }

    public required ImportState State { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }

    public required string UploadNames { get; init; }

    public long TotalBytes { get; set; }

    public long ProcessedBytes { get; set; }

    public int FilesDone { get; set; }

    public long RowsRead { get; set; }

    public long PlaysAdded { get; set; }

    public long DuplicatesSkipped { get; set; }

    public long EstimatesReplaced { get; set; }

    /// <summary>Rows skipped, by reason, as JSON text.</summary>
    public required string Skipped { get; set; }

    public DateTimeOffset? FirstPlayAt { get; set; }

    public DateTimeOffset? LastPlayAt { get; set; }

    /// <summary>Per-file errors as JSON text.</summary>
    public required string Errors { get; set; }

    public string? FailureMessage { get; set; }

    public static DataExportImportRecord From(ImportJob job, string instance)
    {
        ArgumentNullException.ThrowIfNull(job);
        var record = new DataExportImportRecord
        {
            Id = job.Id,
            Instance = instance,
            AppUserId = job.AppUserId,
            State = job.State,
            CreatedAt = job.CreatedAt,
            UploadNames = JsonSerializer.Serialize(job.UploadNames, Json),
            Skipped = "{}",
            Errors = "[]",
        };
        record.Update(job);
        return record;
    }

    public void Update(ImportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        ActiveUserId = job.IsFinished ? null : job.AppUserId;
        State = job.State;
        FinishedAt = job.FinishedAt;
        TotalBytes = job.TotalBytes;
        ProcessedBytes = job.ProcessedBytes;
        FilesDone = job.FilesDone;
        RowsRead = job.Counts.RowsRead;
        PlaysAdded = job.Counts.PlaysAdded;
        DuplicatesSkipped = job.Counts.DuplicatesSkipped;
        EstimatesReplaced = job.Counts.EstimatesReplaced;
        Skipped = JsonSerializer.Serialize(job.Counts.Skipped, Json);
        FirstPlayAt = job.Counts.FirstPlayAt;
        LastPlayAt = job.Counts.LastPlayAt;
        Errors = JsonSerializer.Serialize(job.Errors, Json);
        FailureMessage = job.FailureMessage;
    }

    public ImportJob ToJob() => new()
    {
        Id = Id,
        AppUserId = AppUserId,
        State = State,
        CreatedAt = CreatedAt,
        FinishedAt = FinishedAt,
        UploadNames = JsonSerializer.Deserialize<string[]>(UploadNames, Json) ?? [],
        TotalBytes = TotalBytes,
        ProcessedBytes = ProcessedBytes,
        FilesDone = FilesDone,
        Counts = new ImportCounts
        {
            RowsRead = RowsRead,
            PlaysAdded = PlaysAdded,
            DuplicatesSkipped = DuplicatesSkipped,
            EstimatesReplaced = EstimatesReplaced,
            Skipped = JsonSerializer.Deserialize<Dictionary<ImportSkipReason, long>>(Skipped, Json) ?? [],
            FirstPlayAt = FirstPlayAt,
            LastPlayAt = LastPlayAt,
        },
        Errors = JsonSerializer.Deserialize<ImportFileError[]>(Errors, Json) ?? [],
        FailureMessage = FailureMessage,
    };
}
