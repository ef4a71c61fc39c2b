using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CleanSpotify.Application.Export;

/// <summary>Turns an export's rows or document into a download named <c>cleanspotify-{what}-{yyyy-MM-dd}</c>.</summary>
public static class ExportFile
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,

        // A download, never embedded in HTML: keep accented names readable instead of \u-escaping them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>As <see cref="JsonOptions"/>, with camelCase names and null values written out.</summary>
    private static readonly JsonSerializerOptions CamelCaseJsonOptions = new(JsonOptions)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string FileName(string what, DateTimeOffset exportedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"cleanspotify-{what}-{exportedAt.UtcDateTime:yyyy-MM-dd}");

    /// <summary>The document as JSON, or its items as CSV rows under their header.</summary>
    public static ExportFileDto Write<T>(string fileName, ExportFormat format, ExportDocument<T> document)
        where T : IExportItem<T>
    {
        ArgumentNullException.ThrowIfNull(document);
        return format == ExportFormat.Json
            ? new(fileName, ExportFormat.Json, JsonSerializer.SerializeToUtf8Bytes(document, JsonOptions))
            : new(fileName, ExportFormat.Csv, CsvFile.Write(T.CsvHeader, document.Items.Select(item => item.ToCsvRow())));
    }

    /// <summary>
    /// <paramref name="document"/> as the snake_case JSON of <see cref="Write{T}"/>, written into <paramref name="stream"/>
    /// as it is produced (an <see cref="IAsyncEnumerable{T}"/> property is written item by item).
    /// </summary>
    public static Task WriteJsonAsync<T>(Stream stream, T document, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(stream, document, JsonOptions, cancellationToken);

    /// <summary>Any document as indented camelCase JSON, nulls included.</summary>
    public static ExportFileDto CamelCaseJson<T>(string fileName, T document) =>
        new(fileName, ExportFormat.Json, JsonSerializer.SerializeToUtf8Bytes(document, CamelCaseJsonOptions));

    /// <summary>m:ss, as music players show it.</summary>
    public static string Duration(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}:{duration.Seconds:00}");

    /// <summary>ISO 8601 in UTC with milliseconds, e.g. <c>2026-11-29T10:15:42.123Z</c>.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
