using CleanSpotify.Application.Abstractions;
using CleanSpotify.Application.Common.Results;
using CleanSpotify.Application.Export;
using Mediator;

namespace CleanSpotify.Application.Listening.ExportListeningHistory;

/// <summary>Writes every stored play of the period, oldest first, as CSV or JSON; the days are the user's.</summary>
public sealed class ExportListeningHistoryQueryHandler(
    ICurrentUser currentUser,
    IListeningHistoryReader reader,
    IUserPreferencesStore preferences,
    TimeProvider timeProvider) : IQueryHandler<ExportListeningHistoryQuery, Result<ExportFileDto>>
{
    public async ValueTask<Result<ExportFileDto>> Handle(ExportListeningHistoryQuery query, CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } userId)
        {
            return Error.Unauthenticated();
        }

        var timeZone = await preferences.GetTimeZoneAsync(userId, cancellationToken);
        var period = ListeningClock.ToPeriod(query.From, query.To, ListeningClock.Find(timeZone));
        var items = new List<PlayExportItem>();
        await foreach (var play in reader.ReadAllAsync(userId, period, cancellationToken))
        {
            items.Add(PlayExportItem.From(play));
        }

        var now = timeProvider.GetUtcNow();
        var fileName = ExportFile.FileName("listening-history", now);
        if (query.Format == ExportFormat.Csv)
        {
            return ExportFile.Csv(fileName, PlayExportItem.CsvHeader, items.Select(i => i.ToCsvRow()));
        }

        // The plays are read from the database as of now: that is when this data was fetched.
        var exportedAt = ExportFile.Timestamp(now);
        return ExportFile.Json(fileName, new ExportDocument<PlayExportItem>("listening_history", null, exportedAt, exportedAt, items.Count, items));
    }
}
