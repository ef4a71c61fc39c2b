using CleanSpotify.Domain.Listening;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>
/// Runs one import job: lists the streaming-history files of the upload, then stores each file's plays in batches,
/// all-or-nothing per file (one transaction, the job's progress saved in it), so a job interrupted by a restart
/// resumes after the last file stored. A file that cannot be read is listed with its name and row and the others go
/// on. The upload is deleted once the job is done or failed. Only counts and ids are logged, never rows.
/// </summary>
public sealed partial class DataExportImporter(
    IImportJobStore jobs,
    IDataExportReader reader,
    IImportedPlayStore plays,
    IImportUploadStore uploads,
    IUnitOfWork unitOfWork,
    TimeProvider timeProvider,
    ILogger<DataExportImporter> logger)
{
    public const int BatchSize = 1000;

    public const string UploadAgain =
        "The import stopped before it finished and its upload is gone. Upload the files again: plays already stored are not stored twice.";

    public const string NothingFound =
        "No streaming history was found in the upload. Upload the zip Spotify sent (my_spotify_data.zip) or the StreamingHistory / Streaming_History_Audio JSON files in it.";

    public async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(jobId, cancellationToken);
        if (job is null || job.IsFinished)
        {
            uploads.Delete(jobId);
            return;
        }

        try
        {
            job = await RunStepsAsync(job, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogImportFailed(logger, exception, jobId);

            // The stored job, not the one this run started from: files stored before the failure keep their counts.
            job = (await jobs.GetAsync(jobId, CancellationToken.None) ?? job) with
            {
                State = ImportState.Failed,
                FinishedAt = timeProvider.GetUtcNow(),
                FailureMessage = UploadAgain,
            };
            await jobs.UpdateAsync(job, CancellationToken.None);
        }
        finally
        {
            if (job.IsFinished)
            {
                uploads.Delete(jobId);
            }
        }
    }

    private async Task<ImportJob> RunStepsAsync(ImportJob job, CancellationToken cancellationToken)
    {
        job = job with { State = ImportState.Reading };
        await jobs.UpdateAsync(job, cancellationToken);
        var listing = await reader.ListFilesAsync(job.Id, job.UploadNames, cancellationToken);
        if (!listing.IsSuccess || listing.Value.Files.Count == 0)
        {
            job = job with
            {
                State = ImportState.Failed,
                FinishedAt = timeProvider.GetUtcNow(),
                FailureMessage = listing.IsSuccess ? NothingFound : listing.Error.Message,
                Errors = listing.IsSuccess ? listing.Value.Errors : job.Errors,
            };
            await jobs.UpdateAsync(job, cancellationToken);
            return job;
        }

        var files = listing.Value.Files;
        job = job with
        {
            State = ImportState.Saving,
            TotalBytes = files.Sum(f => f.Length),
            Errors = job.FilesDone == 0 ? listing.Value.Errors : job.Errors,
        };
        await jobs.UpdateAsync(job, cancellationToken);
        for (var index = job.FilesDone; index < files.Count; index++)
        {
            job = await StoreFileAsync(job, files[index], index, cancellationToken);
        }

        job = job with { State = ImportState.Done, FinishedAt = timeProvider.GetUtcNow() };
        await jobs.UpdateAsync(job, cancellationToken);
        LogImportDone(logger, job.Id, job.Counts.PlaysAdded, job.Counts.DuplicatesSkipped, job.Errors.Count);
        return job;
    }

    private async Task<ImportJob> StoreFileAsync(ImportJob job, DataExportFile file, int index, CancellationToken cancellationToken)
    {
        var progressed = job with { FilesDone = index + 1, ProcessedBytes = job.ProcessedBytes + file.Length };
        try
        {
            return await unitOfWork.InTransactionAsync(
                async token =>
                {
                    var counts = await StoreRowsAsync(job, file, token);
                    var stored = progressed with { Counts = job.Counts.Add(counts) };
                    await jobs.UpdateAsync(stored, token);
                    return stored;
                },
                cancellationToken);
        }
        catch (DataExportFileException exception)
        {
            var failed = progressed with { Errors = [.. job.Errors, exception.ToError()] };
            await jobs.UpdateAsync(failed, cancellationToken);
            return failed;
        }
    }

    private async Task<ImportCounts> StoreRowsAsync(ImportJob job, DataExportFile file, CancellationToken cancellationToken)
    {
        var counts = ImportCounts.None;
        var batch = new List<DataExportRow>(BatchSize);
        await foreach (var row in reader.ReadAsync(job.Id, file, cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                counts = counts.Add(await StoreBatchAsync(job.AppUserId, batch, cancellationToken));
                batch.Clear();
            }
        }

        return counts.Add(await StoreBatchAsync(job.AppUserId, batch, cancellationToken));
    }

    private async Task<ImportCounts> StoreBatchAsync(string appUserId, List<DataExportRow> batch, CancellationToken cancellationToken)
    {
        var toStore = batch.Where(r => r.Play is not null).Select(r => r.Play!).ToArray();
        var saved = toStore.Length == 0 ? new ImportSaveResult(0, 0, 0) : await plays.SaveAsync(appUserId, toStore, cancellationToken);
        return new ImportCounts
        {
            RowsRead = batch.Count,
            PlaysAdded = saved.Added,
            DuplicatesSkipped = saved.Duplicates,
            EstimatesReplaced = saved.EstimatesReplaced,
            Skipped = batch.Where(r => r.Skipped is not null).GroupBy(r => r.Skipped!.Value).ToDictionary(g => g.Key, g => (long)g.Count()),
            FirstPlayAt = toStore.Length == 0 ? null : toStore.Min(PlayedAt),
            LastPlayAt = toStore.Length == 0 ? null : toStore.Max(PlayedAt),
        };
    }

    private static DateTimeOffset PlayedAt(Play play) => play.PlayedAt;

    [LoggerMessage(EventId = 1400, Level = LogLevel.Error, Message = "Import {JobId} stopped unexpectedly")]
    private static partial void LogImportFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Import {JobId} done: {PlaysAdded} plays added, {Duplicates} duplicates skipped, {FileErrors} files with errors")]
    private static partial void LogImportDone(ILogger logger, Guid jobId, long playsAdded, long duplicates, int fileErrors);
}
