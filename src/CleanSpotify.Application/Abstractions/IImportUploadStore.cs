using CleanSpotify.Application.Listening.ImportDataExport;

namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: where a job's raw upload waits while the job runs. Files are kept under names of the store's own choosing,
/// never the names sent, and deleted when the job ends.
/// </summary>
public interface IImportUploadStore
{
    Task SaveAsync(Guid jobId, IReadOnlyList<ImportUpload> uploads, CancellationToken cancellationToken);

    /// <summary>Whether the job's upload is still here (after a restart, it decides between resuming and failing).</summary>
    bool Exists(Guid jobId);

    /// <summary>Opens the job's <paramref name="upload"/>-th file for reading.</summary>
    Stream OpenRead(Guid jobId, int upload);

    void Delete(Guid jobId);
}
