using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Common.TopLists;
using CleanSpotify.Application.Links;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Domain.History;
using Mediator;

namespace CleanSpotify.Application.Export.ExportTopTracks;

/// <summary>Reads every page of the top-tracks list (through the pages' cache) and writes it as CSV or JSON.</summary>
public sealed class ExportTopTracksQueryHandler(
    ICurrentUser currentUser,
    ISpotifyLinkStore links,
    ISpotifyTopItemsReader topItems,
    TopListPageReader pages,
    TimeProvider timeProvider) : IQueryHandler<ExportTopTracksQuery, Result<ExportFileDto>>
{
    public async ValueTask<Result<ExportFileDto>> Handle(ExportTopTracksQuery query, CancellationToken cancellationToken)
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
            TopListKind.Tracks,
            range,
            (offset, limit, token) => topItems.GetTopTracksAsync(user.Value.AppUserId, range, offset, limit, token),
            track => track.Id,
            cancellationToken);
        if (!list.IsSuccess)
        {
            return list.Error;
        }

        var now = timeProvider.GetUtcNow();
        var rangeName = TimeRangeNames.ToQueryValue(range);
        var fileName = ExportFile.FileName($"top-tracks-{rangeName}", now, format);
        var items = list.Value.Items.Select(TopTrackExportItem.From).ToArray();
        return format == ExportFormat.Json
            ? ExportFile.Json(fileName, new ExportDocument<TopTrackExportItem>(
                "top_tracks", rangeName, ExportFile.Timestamp(now), ExportFile.Timestamp(list.Value.FetchedAt), list.Value.Total, items))
            : ExportFile.Csv(fileName, TopTrackExportItem.CsvHeader, items.Select(item => item.ToCsvRow()));
    }
}
