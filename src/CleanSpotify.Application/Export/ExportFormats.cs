namespace CleanSpotify.Application.Export;

/// <summary>The site's names for export formats, as used in its URLs (<c>?format=csv</c>), and what each file looks like.</summary>
public static class ExportFormats
{
    public const ExportFormat Default = ExportFormat.Csv;

    /// <summary>Parses a URL value, ignoring case; an empty value means CSV.</summary>
    public static bool TryParse(string? value, out ExportFormat format)
    {
        if (string.IsNullOrEmpty(value) || string.Equals(value, "csv", StringComparison.OrdinalIgnoreCase))
        {
            format = ExportFormat.Csv;
            return true;
        }

        if (string.Equals(value, "json", StringComparison.OrdinalIgnoreCase))
        {
            format = ExportFormat.Json;
            return true;
        }

        format = default;
        return false;
    }

    public static string ToExtension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Json => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    public static string ToContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Json => "application/json; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };
}
