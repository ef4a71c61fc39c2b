using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using Mediator;

namespace CleanSpotify.Application.Export.ExportTopArtists;

/// <summary>Reads every page of the top-artists list (through the pages' cache) and writes it as CSV or JSON.</summary>
public sealed class ExportTopArtistsQueryHandler(TopListSlice topLists, TimeProvider timeProvider)
    : IQueryHandler<ExportTopArtistsQuery, Result<ExportFileDto>>
{
    public async ValueTask<Result<ExportFileDto>> Handle(ExportTopArtistsQuery query, CancellationToken cancellationToken)
    {
        var list = await topLists.ReadWholeAsync(TopListSources.Artists, query.Range, cancellationToken);
        return list.IsSuccess
            ? TopListExport.Write(
                list.Value, "artists", query.Range, query.Format, timeProvider.GetUtcNow(), TopArtistExportItem.From, TopArtistExportItem.CsvHeader, item => item.ToCsvRow())
            : list.Error;
    }
}
