using CsvHelper;

namespace CleanSpotify.Application.Export;

/// <summary>
/// CSV through CsvHelper: RFC 4180 (CRLF line ends, fields quoted when needed), UTF-8 with a byte-order mark so that
/// spreadsheets read accented names. A field a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, tab or carriage return) gets a leading apostrophe and quotes, so opening an export never runs
/// anything a track or artist name carries.
/// </summary>
public static class CsvFile
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteRecord([.. header]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row]);
            }
        }

        return stream.ToArray();
    }

    /// <summary>As <see cref="Write"/>, row by row into <paramref name="stream"/> as the rows arrive, never blocking on it.</summary>
    public static async Task WriteAsync(
        Stream stream, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string>> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        await using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        await csv.WriteRecordAsync([.. header], cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync([.. row], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
