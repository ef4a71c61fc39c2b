using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Listening.ImportDataExport;
using Microsoft.Extensions.Options;

namespace CleanSpotify.Infrastructure.Import;

/// <summary>
/// Adapter for <see cref="IDataExportReader"/>. An upload starting with a zip signature is read as a zip (only its
/// streaming-history <c>.json</c> entries, by index, never extracted to disk); one starting with <c>[</c> or <c>{</c>
/// as a loose JSON file. Entry count and the declared unpacked size are checked before anything is read.
/// </summary>
internal sealed class DataExportReader(IImportUploadStore uploads, IOptions<ImportOptions> options) : IDataExportReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public async Task<Result<DataExportListing>> ListFilesAsync(Guid jobId, IReadOnlyList<string> uploadNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploadNames);
        var limits = options.Value;
        var files = new List<DataExportFile>();
        var errors = new List<ImportFileError>();
        long unpacked = 0;
        for (var upload = 0; upload < uploadNames.Count; upload++)
        {
            var name = uploadNames[upload];
            await using var stream = uploads.OpenRead(jobId, upload);
            var start = await ReadStartAsync(stream, cancellationToken);
            stream.Position = 0;
            if (start.AsSpan().StartsWith(ZipSignature))
            {
                var zip = ListZip(stream, upload, name, limits, files, errors);
                if (!zip.IsSuccess)
                {
                    return zip.Error;
                }

                unpacked += zip.Value;
                if (unpacked > limits.MaxUncompressedBytes)
                {
                    return Error.Validation(
                        "import.too_large_unpacked",
                        string.Create(CultureInfo.InvariantCulture, $"{name} unpacks to more than the {Megabytes(limits.MaxUncompressedBytes)} MB of streaming history this site reads (Import:MaxUncompressedBytes), so nothing was imported."));
                }
            }
            else if (LooksLikeJson(start))
            {
                files.Add(new DataExportFile(upload, null, name, DataExportLayout.Classify(name) ?? DataExportFileKind.Unnamed, stream.Length));
            }
            else
            {
                errors.Add(new ImportFileError(name, null, $"{name} is neither a zip nor a JSON file, so it was not read."));
            }
        }

        return new DataExportListing(files, errors);
    }

    public async IAsyncEnumerable<DataExportRow> ReadAsync(Guid jobId, DataExportFile file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var upload = uploads.OpenRead(jobId, file.Upload);
        ZipArchive? zip = null;
        Stream json = upload;
        try
        {
            if (file.Entry is { } entry)
            {
                zip = new ZipArchive(upload, ZipArchiveMode.Read, leaveOpen: false);
                json = new LengthCappedStream(zip.Entries[entry].Open(), file.Length, file.DisplayName);
            }

            await foreach (var row in ExportJsonParser.ReadAsync(json, file.DisplayName, file.Kind, cancellationToken))
            {
                yield return row;
            }
        }
        finally
        {
            await json.DisposeAsync();
            zip?.Dispose();
            await upload.DisposeAsync();
        }
    }

    private static Result<long> ListZip(Stream stream, int upload, string name, ImportOptions limits, List<DataExportFile> files, List<ImportFileError> errors)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            errors.Add(new ImportFileError(name, null, $"{name} is not a zip that can be opened (it may be damaged or cut short), so it was not read."));
            return 0L;
        }

        using (zip)
        {
            if (zip.Entries.Count > limits.MaxEntries)
            {
                return Error.Validation(
                    "import.too_many_entries",
                    string.Create(CultureInfo.InvariantCulture, $"{name} has {zip.Entries.Count} entries, more than the {limits.MaxEntries} this site reads (Import:MaxEntries), so nothing was imported."));
            }

            long unpacked = 0;
            for (var index = 0; index < zip.Entries.Count; index++)
            {
                var entry = zip.Entries[index];
                if (DataExportLayout.Classify(entry.FullName) is { } kind)
                {
                    files.Add(new DataExportFile(upload, index, $"{name} › {Printable(entry.FullName)}", kind, entry.Length));
                    unpacked += entry.Length;
                }
            }

            return unpacked;
        }
    }

    private static async Task<byte[]> ReadStartAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[64];
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return buffer[..read];
    }

    /// <summary>After an optional UTF-8 byte order mark and white space, an array or object begins.</summary>
    private static bool LooksLikeJson(byte[] start)
    {
        var span = start.AsSpan();
        if (span.StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var first = span.TrimStart(" \t\r\n"u8);
        return first.Length > 0 && first[0] is (byte)'[' or (byte)'{';
    }

    private static string Printable(string name) => new(name.Where(c => !char.IsControl(c)).ToArray());

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
