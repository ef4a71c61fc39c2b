using System.Runtime.CompilerServices;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Listening.ImportDataExport;

namespace CleanSpotify.UnitTests.Application.Fakes;

/// <summary>An export of the files and rows given to it, whatever was uploaded.</summary>
public sealed class FakeDataExportReader : IDataExportReader
{
    public List<DataExportFile> Files { get; } = [];

    public Dictionary<DataExportFile, IReadOnlyList<DataExportRow>> Rows { get; } = [];

    /// <summary>A file whose reading fails as a disk or database error would, after its rows.</summary>
    public DataExportFile? FailsAfterRows { get; set; }

    public Task<Result<DataExportListing>> ListFilesAsync(Guid jobId, IReadOnlyList<string> uploadNames, CancellationToken cancellationToken) =>
        Task.FromResult<Result<DataExportListing>>(new DataExportListing(Files, []));

    public async IAsyncEnumerable<DataExportRow> ReadAsync(Guid jobId, DataExportFile file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var row in Rows.GetValueOrDefault(file) ?? [])
        {
            await Task.Yield();
            yield return row;
        }

        if (file == FailsAfterRows)
        {
            throw new IOException("The disk went away.");
        }
    }
}
