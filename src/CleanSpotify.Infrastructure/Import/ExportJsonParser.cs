using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using CleanSpotify.Application.Listening.ImportDataExport;

namespace CleanSpotify.Infrastructure.Import;

/// <summary>
/// Streams the rows of one streaming-history file (a JSON array) with <see cref="JsonSerializer.DeserializeAsyncEnumerable{TValue}(Stream, JsonSerializerOptions?, CancellationToken)"/>:
/// one row in memory at a time. A file whose first row is in neither format, or that is cut short or malformed,
/// throws <see cref="DataExportFileException"/> with the file's name and the row (and line) where reading stopped.
/// </summary>
internal static class ExportJsonParser
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        AllowTrailingCommas = true,
    };

    public static async IAsyncEnumerable<DataExportRow> ReadAsync(
        Stream json, string displayName, DataExportFileKind kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var rows = JsonSerializer.DeserializeAsyncEnumerable<ExportRowJson>(json, Options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var number = 0;
        while (true)
        {
            ExportRowJson? row;
            try
            {
                if (!await rows.MoveNextAsync())
                {
                    yield break;
                }

                row = rows.Current;
            }
            catch (JsonException exception)
            {
                throw new DataExportFileException(displayName, number + 1, CutShort(displayName, number + 1, exception), exception);
            }
            catch (InvalidDataException exception)
            {
                throw new DataExportFileException(displayName, number + 1, $"{displayName} is damaged inside the zip at row {number + 1}, so nothing from it was stored.", exception);
            }

            number++;
            if (number == 1 && row is not { IsExtended: true } and not { IsAccountData: true })
            {
                throw new DataExportFileException(
                    displayName, number, $"{displayName} is not a Spotify streaming history file: its first row has neither \"ts\" nor \"endTime\", so nothing from it was stored.");
            }

            yield return row is null ? new DataExportRow(number, null, ImportSkipReason.Invalid) : ExportRowMapper.ToRow(number, row, kind);
        }
    }

    private static string CutShort(string displayName, int row, JsonException exception) =>
        exception.LineNumber is { } line
            ? $"{displayName} is cut short or is not valid JSON at row {row} (line {line + 1}, byte {exception.BytePositionInLine + 1}), so nothing from it was stored."
            : $"{displayName} is cut short or is not a JSON array of plays at row {row}, so nothing from it was stored.";
}
