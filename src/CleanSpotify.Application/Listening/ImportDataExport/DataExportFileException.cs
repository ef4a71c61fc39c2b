namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>A file that cannot be read to its end (cut short, not JSON, not a Spotify export): nothing of it is stored.</summary>
public sealed class DataExportFileException : Exception
{
    public DataExportFileException()
    {
    }

    public DataExportFileException(string message)
        : base(message)
    {
    }

    public DataExportFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DataExportFileException(string fileName, int? row, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        FileName = fileName;
        Row = row;
    }

    public string FileName { get; } = string.Empty;

    public int? Row { get; }

    public ImportFileError ToError() => new(FileName, Row, Message);
}
