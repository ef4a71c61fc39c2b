namespace CleanSpotify.Application.Listening.ImportDataExport.StartImport;

/// <summary>
/// Records a queued job (at most one unfinished job per user), keeps the upload for the job's duration and hands the
/// job to the background importer. A failure keeping the upload fails the job and removes what was written.
/// </summary>
public sealed class StartImportCommandHandler(
    ICurrentUser currentUser,
    IImportJobStore jobs,
    IImportUploadStore uploads,
    IImportScheduler scheduler,
    TimeProvider timeProvider) : ICommandHandler<StartImportCommand, Result<Guid>>
{
    public static readonly Error AlreadyRunning = Error.Validation(
        "import.already_running",
        "An import of yours is still running. Wait for it to finish (its page shows the progress), then upload again.",
        new Dictionary<string, string[]> { ["files"] = ["An import of yours is still running; wait for it to finish."] });

    public static readonly Error Busy = Error.Validation(
        "import.busy", "Too many imports are waiting right now, so this one was not started. Try again in a few minutes.");

    /// <summary>Longest file name kept for messages.</summary>
    public const int MaxNameLength = 200;

    public async ValueTask<Result<Guid>> Handle(StartImportCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;

        var job = new ImportJob
        {
            Id = Guid.NewGuid(),
            AppUserId = userId,
            State = ImportState.Queued,
            CreatedAt = timeProvider.GetUtcNow(),
            UploadNames = command.Files.Select(f => DisplayName(f.FileName)).ToArray(),
        };
        if (!await jobs.TryCreateAsync(job, cancellationToken))
        {
            return AlreadyRunning;
        }

        try
        {
            await uploads.SaveAsync(job.Id, command.Files, cancellationToken);
        }
        catch
        {
            await AbandonAsync(job, DataExportImporter.UploadAgain);
            throw;
        }

        if (!scheduler.TryEnqueue(job.Id))
        {
            await AbandonAsync(job, Busy.Message);
            return Busy;
        }

        return job.Id;
    }

    private async Task AbandonAsync(ImportJob job, string message)
    {
        uploads.Delete(job.Id);
        await jobs.UpdateAsync(
            job with { State = ImportState.Failed, FinishedAt = timeProvider.GetUtcNow(), FailureMessage = message },
            CancellationToken.None);
    }

    /// <summary>The last segment of the name sent, without control characters, shortened: shown, never used as a path.</summary>
    public static string DisplayName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = new string(name[(name.LastIndexOf('/') + 1)..].Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length > MaxNameLength)
        {
            name = name[..MaxNameLength];
        }

        return name.Length == 0 ? "upload" : name;
    }
}
