using CleanSpotify.Application.Listening.ImportDataExport;

namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: the import jobs table. A user has at most one unfinished job.</summary>
public interface IImportJobStore
{
    /// <summary>Stores a new job; false (nothing stored) when the user already has an unfinished one.</summary>
    Task<bool> TryCreateAsync(ImportJob job, CancellationToken cancellationToken);

    /// <summary>The user's job with this id, or null (another user's job is as unknown as a made-up id).</summary>
    Task<ImportJob?> FindAsync(string appUserId, Guid id, CancellationToken cancellationToken);

    Task<ImportJob?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Overwrites the job's state, progress, counters and errors (joins an open transaction).</summary>
    Task UpdateAsync(ImportJob job, CancellationToken cancellationToken);

    /// <summary>This instance's jobs not done or failed, oldest first: those it left behind when it stopped.</summary>
    Task<IReadOnlyList<ImportJob>> ListUnfinishedAsync(CancellationToken cancellationToken);
}
