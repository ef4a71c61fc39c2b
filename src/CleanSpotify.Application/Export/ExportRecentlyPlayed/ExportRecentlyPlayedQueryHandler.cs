using CleanSpotify.Application.Recent;

namespace CleanSpotify.Application.Export.ExportRecentlyPlayed;

/// <summary>Writes the last plays, from the same cached read as the recent page, as CSV or JSON, newest first.</summary>
public sealed class ExportRecentlyPlayedQueryHandler(RecentPlays recentPlays, TimeProvider timeProvider)
    : IQueryHandler<ExportRecentlyPlayedQuery, Result<ExportFileDto>>
{
    public async ValueTask<Result<ExportFileDto>> Handle(ExportRecentlyPlayedQuery query, CancellationToken cancellationToken)
    {
        var read = await recentPlays.ReadAsync(cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Error;
        }

        var now = timeProvider.GetUtcNow();
        var fileName = ExportFile.FileName("recently-played", now);
        var items = read.Value.Value.Select(RecentPlayExportItem.From).ToArray();
        return ExportFile.Write(
            fileName,
            query.Format,
            new ExportDocument<RecentPlayExportItem>(
                "recently_played", null, ExportFile.Timestamp(now), ExportFile.Timestamp(read.Value.FetchedAt), items.Length, items));
    }
}
