using CleanSpotify.Application.Listening.ImportDataExport;

namespace CleanSpotify.Application.Abstractions;

/// <summary>Port: reads Spotify data exports (zips as Spotify sends them, or their JSON files) from a job's upload, streaming.</summary>
public interface IDataExportReader
{
    /// <summary>
    /// The streaming-history files in the upload; a failure (a zip over the entry or size caps) names the file and
    /// stops the import, while a file that is neither zip nor JSON is listed among the errors.
    /// </summary>
    Task<Result<DataExportListing>> ListFilesAsync(Guid jobId, IReadOnlyList<string> uploadNames, CancellationToken cancellationToken);

    /// <summary>
    /// The file's rows in order; throws <see cref="DataExportFileException"/> with the file's name and the row where
    /// it is cut short, malformed, not a Spotify export, or over the size cap.
    /// </summary>
    IAsyncEnumerable<DataExportRow> ReadAsync(Guid jobId, DataExportFile file, CancellationToken cancellationToken);
}
