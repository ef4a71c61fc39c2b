namespace CleanSpotify.Application.Export;

/// <summary>One exported row: a JSON item, and the same fields as a CSV row under <see cref="CsvHeader"/>.</summary>
public interface IExportItem<TSelf>
    where TSelf : IExportItem<TSelf>
{
    static abstract IReadOnlyList<string> CsvHeader { get; }

    IReadOnlyList<string> ToCsvRow();
}
