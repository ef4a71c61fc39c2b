using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Application.Export;

/// <summary>
/// What the top-list exports share: the file <c>cleanspotify-top-{noun}-{range}-{date}</c>, and a JSON document
/// named <c>top_{noun}</c> or a CSV file with the item's columns.
/// </summary>
public static class TopListExport
{
    public static ExportFileDto Write<T, TItem>(
        TopListItemsDto<T> list,
        string noun,
        TimeRange range,
        ExportFormat format,
        DateTimeOffset now,
        Func<T, TItem> toItem,
        IReadOnlyList<string> csvHeader,
        Func<TItem, IReadOnlyList<string>> csvRow)
    {
        ArgumentNullException.ThrowIfNull(list);
        var rangeName = TimeRangeText.ToExportValue(range);
        var items = list.Items.Select(toItem).ToArray();
        return ExportFile.Write(
            ExportFile.FileName($"top-{noun}-{rangeName}", now),
            format,
            new ExportDocument<TItem>($"top_{noun}", rangeName, ExportFile.Timestamp(now), ExportFile.Timestamp(list.FetchedAt), list.Total, items),
            csvHeader,
            csvRow);
    }
}
