using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening.ImportDataExport;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Import;

/// <summary>
/// Adapter for <see cref="IImportUploadStore"/>: one folder per job under <see cref="ImportOptions.UploadFolder"/> (or
/// the system's temp folder), its files named by their index. The names sent are never part of a path.
/// </summary>
internal sealed class ImportUploadStore(IOptions<ImportOptions> options) : IImportUploadStore
{
    private const int CopyBufferSize = 81920;

    public string Root { get; } = string.IsNullOrWhiteSpace(options.Value.UploadFolder)
        ? Path.Combine(Path.GetTempPath(), "cleanspotify-imports")
        : Path.GetFullPath(options.Value.UploadFolder);

    public async Task SaveAsync(Guid jobId, IReadOnlyList<ImportUpload> uploads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        Directory.CreateDirectory(JobFolder(jobId));
        for (var index = 0; index < uploads.Count; index++)
        {
            await using var source = uploads[index].OpenRead();
            await using var target = new FileStream(FilePath(jobId, index), FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferSize, useAsync: true);
            await source.CopyToAsync(target, CopyBufferSize, cancellationToken);
        }
    }

    public bool Exists(Guid jobId) => Directory.Exists(JobFolder(jobId));

    public Stream OpenRead(Guid jobId, int upload) =>
        new FileStream(FilePath(jobId, upload), FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferSize, useAsync: true);

    public void Delete(Guid jobId)
    {
        var folder = JobFolder(jobId);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string JobFolder(Guid jobId) => Path.Combine(Root, jobId.ToString("N"));

    private string FilePath(Guid jobId, int upload) =>
        Path.Combine(JobFolder(jobId), upload.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".upload");
}
