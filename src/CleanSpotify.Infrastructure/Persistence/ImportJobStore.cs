using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening.ImportDataExport;
using CleanSpotify.Infrastructure.Import;
using Microsoft.EntityFrameworkCore;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// Adapter for <see cref="IImportJobStore"/>. Creating a job is an insert guarded by the unique index on the active
/// user, so of two concurrent uploads by one user exactly one starts. Each job records the instance that keeps its
/// upload, and only that instance takes it up after a restart.
/// </summary>
internal sealed class ImportJobStore(CleanSpotifyDbContext db, ImportInstance instance) : IImportJobStore
{
    public Task<bool> TryCreateAsync(ImportJob job, CancellationToken cancellationToken) =>
        db.TryInsertAsync(DataExportImportRecord.From(job, instance.Name), cancellationToken);

    public async Task<ImportJob?> FindAsync(string appUserId, Guid id, CancellationToken cancellationToken)
    {
        var record = await db.DataExportImports.AsNoTracking()
            .SingleOrDefaultAsync(j => j.Id == id && j.AppUserId == appUserId, cancellationToken);
        return record?.ToJob();
    }

    public async Task<ImportJob?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.DataExportImports.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        return record?.ToJob();
    }

    /// <summary>
    /// One UPDATE statement, outside the change tracker, so recording a failure never also saves the plays of a batch
    /// that just failed.
    /// </summary>
    public Task UpdateAsync(ImportJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var values = DataExportImportRecord.From(job, instance.Name);
        return db.DataExportImports.Where(j => j.Id == job.Id).ExecuteUpdateAsync(
            set => set
                .SetProperty(j => j.ActiveUserId, values.ActiveUserId)
                .SetProperty(j => j.State, values.State)
                .SetProperty(j => j.FinishedAt, values.FinishedAt)
                .SetProperty(j => j.TotalBytes, values.TotalBytes)
                .SetProperty(j => j.ProcessedBytes, values.ProcessedBytes)
                .SetProperty(j => j.FilesDone, values.FilesDone)
                .SetProperty(j => j.RowsRead, values.RowsRead)
                .SetProperty(j => j.PlaysAdded, values.PlaysAdded)
                .SetProperty(j => j.DuplicatesSkipped, values.DuplicatesSkipped)
                .SetProperty(j => j.EstimatesReplaced, values.EstimatesReplaced)
                .SetProperty(j => j.Skipped, values.Skipped)
                .SetProperty(j => j.FirstPlayAt, values.FirstPlayAt)
                .SetProperty(j => j.LastPlayAt, values.LastPlayAt)
                .SetProperty(j => j.Errors, values.Errors)
                .SetProperty(j => j.FailureMessage, values.FailureMessage),
            cancellationToken);
    }

    public async Task<IReadOnlyList<ImportJob>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        var records = await db.DataExportImports.AsNoTracking()
            .Where(j => j.ActiveUserId != null && j.Instance == instance.Name)
            .OrderBy(j => j.CreatedAt)
            .ToListAsync(cancellationToken);
        return records.Select(r => r.ToJob()).ToArray();
    }
}
