using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening.ImportDataExport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CleanSpotify.Infrastructure.Import;

/// <summary>
/// Runs the instance's imports one after another, each in its own scope. At start it takes up the jobs left unfinished
/// by a restart: those whose upload is still here resume after their last stored file, the others are marked failed
/// with a message asking for the files again.
/// </summary>
internal sealed partial class ImportWorker(
    ImportScheduler scheduler,
    IServiceScopeFactory scopes,
    IImportUploadStore uploads,
    TimeProvider timeProvider,
    ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // An unhandled exception here would stop the whole host: a database that is down at start costs only the resume.
        try
        {
            await ResumeUnfinishedAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogResumeFailed(logger, exception);
        }

        await foreach (var jobId in scheduler.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DataExportImporter>().RunAsync(jobId, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRunFailed(logger, exception, jobId);
            }
        }
    }

    private async Task ResumeUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IImportJobStore>();
        foreach (var job in await jobs.ListUnfinishedAsync(cancellationToken))
        {
            if (uploads.Exists(job.Id) && scheduler.TryEnqueue(job.Id))
            {
                LogResumed(logger, job.Id);
                continue;
            }

            uploads.Delete(job.Id);
            await jobs.UpdateAsync(
                job with { State = ImportState.Failed, FinishedAt = timeProvider.GetUtcNow(), FailureMessage = DataExportImporter.UploadAgain },
                cancellationToken);
        }
    }

    [LoggerMessage(EventId = 1410, Level = LogLevel.Information, Message = "Import {JobId} resumes after a restart")]
    private static partial void LogResumed(ILogger logger, Guid jobId);

    [LoggerMessage(EventId = 1412, Level = LogLevel.Error, Message = "Unfinished imports could not be taken up at start")]
    private static partial void LogResumeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1411, Level = LogLevel.Error, Message = "Import {JobId} could not be run")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, Guid jobId);
}
