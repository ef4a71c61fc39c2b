using System.Runtime.CompilerServices;
using CleanSpotify.Application.Common.Listening;
using CleanSpotify.Application.Export;

namespace CleanSpotify.Application.Listening.ExportListeningHistory;

/// <summary>
/// Every stored play of the period, oldest first, as CSV or JSON; the days are the user's. The plays are streamed from
/// the database into the response, so a history of any length is never held in memory.
/// </summary>
public sealed class ExportListeningHistoryQueryHandler(
    ICurrentUser currentUser,
    IUserPreferencesStore preferences,
    IListeningHistoryReader reader,
    TimeProvider timeProvider) : ListeningUseCase<ExportListeningHistoryQuery, ExportStreamDto>(currentUser, preferences)
{
    protected override async ValueTask<Result<ExportStreamDto>> HandleAsync(
        ExportListeningHistoryQuery query, ListeningScope scope, CancellationToken cancellationToken)
    {
        var (userId, _, _, period) = scope;
        var now = timeProvider.GetUtcNow();
        var fileName = ExportFile.FileName("listening-history", now);
        if (query.Format == ExportFormat.Csv)
        {
            return new ExportStreamDto(fileName, ExportFormat.Csv, (stream, token) =>
                CsvFile.WriteAsync(stream, PlayExportItem.CsvHeader, RowsAsync(userId, period, token), token));
        }

        var total = await reader.CountAsync(userId, period, cancellationToken);
        return new ExportStreamDto(fileName, ExportFormat.Json, (stream, token) =>
            ExportFile.WriteJsonAsync(
                stream,
                new ListeningHistoryExportDocument("listening_history", ExportFile.Timestamp(now), total, ItemsAsync(userId, period, token)),
                token));
    }

    private async IAsyncEnumerable<PlayExportItem> ItemsAsync(string userId, PlayPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var play in reader.ReadAllAsync(userId, period, cancellationToken))
        {
            yield return PlayExportItem.From(play);
        }
    }

    private async IAsyncEnumerable<IReadOnlyList<string>> RowsAsync(string userId, PlayPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in ItemsAsync(userId, period, cancellationToken))
        {
            yield return item.ToCsvRow();
        }
    }
}
