namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>
/// One import of a Spotify data export: its state, progress (bytes of streaming-history files stored of their total)
/// and outcome. <see cref="FilesDone"/> files were each stored all-or-nothing, so an interrupted import resumes after
/// them.
/// </summary>
public sealed record ImportJob
{
    public required Guid Id { get; init; }

    public required string AppUserId { get; init; }

    public required ImportState State { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The uploaded files' names as sent (for messages only; never used as paths).</summary>
    public required IReadOnlyList<string> UploadNames { get; init; }

    public long TotalBytes { get; init; }

    public long ProcessedBytes { get; init; }

    public int FilesDone { get; init; }

    public ImportCounts Counts { get; init; } = ImportCounts.None;

    public IReadOnlyList<ImportFileError> Errors { get; init; } = [];

    public string? FailureMessage { get; init; }

    public bool IsFinished => State is ImportState.Done or ImportState.Failed;

    /// <summary>Progress in percent (0–100).</summary>
    public int Percent => State == ImportState.Done ? 100
        : TotalBytes <= 0 ? 0
        : (int)Math.Clamp(ProcessedBytes * 100 / TotalBytes, 0, 100);
}
