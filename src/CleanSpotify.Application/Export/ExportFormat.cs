namespace CleanSpotify.Application.Export;

/// <summary>The file kinds a list can be downloaded as.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 CSV in UTF-8, safe to open in a spreadsheet.</summary>
    Csv = 1,

    /// <summary>An indented JSON document with snake_case names.</summary>
    Json = 2,
}
