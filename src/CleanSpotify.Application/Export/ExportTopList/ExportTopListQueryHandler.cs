using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Domain.History;

namespace CleanSpotify.Application.Export.ExportTopList;

/// <summary>
/// Reads every page of the list (through the pages' cache) and writes it as the file
/// <c>cleanspotify-top-{tracks|artists}-{range}-{date}</c>: a JSON document named <c>top_{tracks|artists}</c>, or
/// CSV with the columns of the list's items.
/// </summary>
public sealed class ExportTopListQueryHandler(TopListSlice topLists, TimeProvider timeProvider)
    : IQueryHandler<ExportTopListQuery, Result<ExportFileDto>>
{
    public async ValueTask<Result<ExportFileDto>> Handle(ExportTopListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.List switch
        {
            TopListKind.Tracks => await ExportAsync(TopListSources.Tracks, "tracks", TopTrackExportItem.From, query, cancellationToken),
            TopListKind.Artists => await ExportAsync(TopListSources.Artists, "artists", TopArtistExportItem.From, query, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.List, "The validator lets only known lists through."),
        };
    }

    private async Task<Result<ExportFileDto>> ExportAsync<T, TItem>(
        TopListSource<T> source, string noun, Func<T, TItem> toItem, ExportTopListQuery query, CancellationToken cancellationToken)
        where TItem : IExportItem<TItem>
    {
        var list = await topLists.ReadWholeAsync(source, query.Range, cancellationToken);
        if (!list.IsSuccess)
        {
            return list.Error;
        }

        var now = timeProvider.GetUtcNow();
        var range = TimeRangeText.ToExportValue(query.Range);
        var items = list.Value.Items.Select(toItem).ToArray();
        return ExportFile.Write(
            ExportFile.FileName($"top-{noun}-{range}", now),
            query.Format,
            new ExportDocument<TItem>($"top_{noun}", range, ExportFile.Timestamp(now), ExportFile.Timestamp(list.Value.FetchedAt), list.Value.Total, items));
    }
}
