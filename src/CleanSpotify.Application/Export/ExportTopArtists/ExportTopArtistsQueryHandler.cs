using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Domain.History;
using Mediator;

namespace CleanSpotify.Application.Export.ExportTopArtists;

/// <summary>Reads every page of the top-artists list (through the pages' cache) and writes it as CSV or JSON.</summary>
public sealed class ExportTopArtistsQueryHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    ISpotifyTopItemsReader topItems,
    TopListPageReader pages,
    TimeProvider timeProvider) : IQueryHandler<ExportTopArtistsQuery, Result<ExportFileDto>>
{
    public async ValueTask<Result<ExportFileDto>> Handle(ExportTopArtistsQuery query, CancellationToken cancellationToken)
    {
        if (!TimeRangeNames.TryParse(query.Range, out var range) || !ExportFormats.TryParse(query.Format, out var format))
        {
            return Error.Validation("validation.failed", "The range or format is not valid.");
        }

        var user = await SpotifyLinkRequirement.RequireAsync(currentUser, links, cancellationToken);
        if (!user.IsSuccess)
        {
            return user.Error;
        }

        var list = await WholeTopList.ReadAsync(
            pages,
            user.Value,
            TopListKind.Artists,
            range,
            (offset, limit, token) => topItems.GetTopArtistsAsync(user.Value.AppUserId, range, offset, limit, token),
            artist => artist.Id,
            cancellationToken);
        if (!list.IsSuccess)
        {
            return list.Error;
        }

        var now = timeProvider.GetUtcNow();
        var rangeName = TimeRangeNames.ToQueryValue(range);
        var fileName = ExportFile.FileName($"top-artists-{rangeName}", now, format);
        var items = list.Value.Items.Select(TopArtistExportItem.From).ToArray();
        return format == ExportFormat.Json
            ? ExportFile.Json(fileName, new ExportDocument<TopArtistExportItem>(
                "top_artists", rangeName, ExportFile.Timestamp(now), ExportFile.Timestamp(list.Value.FetchedAt), list.Value.Total, items))
            : ExportFile.Csv(fileName, TopArtistExportItem.CsvHeader, items.Select(item => item.ToCsvRow()));
    }
}
