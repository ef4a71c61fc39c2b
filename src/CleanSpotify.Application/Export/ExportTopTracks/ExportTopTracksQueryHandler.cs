using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using Mediator;

namespace CleanSpotify.Application.Export.ExportTopTracks;

/// <summary>Reads every page of the top-tracks list (through the pages' cache) and writes it as CSV or JSON.</summary>
public sealed class ExportTopTracksQueryHandler(TopListSlice topLists, TimeProvider timeProvider)
    : IQueryHandler<ExportTopTracksQuery, Result<ExportFileDto>>
{
    public async ValueTask<Result<ExportFileDto>> Handle(ExportTopTracksQuery query, CancellationToken cancellationToken)
    {
        var list = await topLists.ReadWholeAsync(TopListSources.Tracks, query.Range, cancellationToken);
        return list.IsSuccess
            ? TopListExport.Write(
                list.Value, "tracks", query.Range, query.Format, timeProvider.GetUtcNow(), TopTrackExportItem.From, TopTrackExportItem.CsvHeader, item => item.ToCsvRow())
            : list.Error;
    }
}
