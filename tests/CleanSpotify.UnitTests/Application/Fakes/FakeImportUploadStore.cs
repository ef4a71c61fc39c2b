using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Listening.ImportDataExport;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>Uploads kept as byte arrays per job.</summary>
public sealed class FakeImportUploadStore : IImportUploadStore
{
    private readonly Dictionary<Guid, List<byte[]>> _uploads = [];

    public IReadOnlyDictionary<Guid, List<byte[]>> Uploads => _uploads;

    public async Task SaveAsync(Guid jobId, IReadOnlyList<ImportUpload> uploads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var files = new List<byte[]>();
        foreach (var upload in uploads)
        {
            await using var source = upload.OpenRead();
            using var copy = new MemoryStream();
            await source.CopyToAsync(copy, cancellationToken);
            files.Add(copy.ToArray());
        }

        _uploads[jobId] = files;
    }

    public bool Exists(Guid jobId) => _uploads.ContainsKey(jobId);

    public Stream OpenRead(Guid jobId, int upload) => new MemoryStream(_uploads[jobId][upload], writable: false);

    public void Delete(Guid jobId) => _uploads.Remove(jobId);
}
