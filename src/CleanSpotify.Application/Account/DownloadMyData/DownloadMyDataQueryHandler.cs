using CleanSpotify.Application.Export;
using CleanSpotify.Application.Tracks;
using CleanSpotify.Domain.History;

namespace CleanSpotify.Application.Account.DownloadMyData;

/// <summary>
/// Reads everything stored for the user from each store and writes it as camelCase JSON, named
/// <c>cleanspotify-data-{yyyy-MM-dd}.json</c>. Data stored for a user later gets a section here too.
/// </summary>
public sealed class DownloadMyDataQueryHandler(
    ICurrentUser currentUser,
    ISiteAccountStore siteAccounts,
    ISpotifyLinkStore links,
    IPendingAuthorizationStore pendingAuthorizations,
    IRankHistoryStore rankHistory,
    IPlaylistExportStore playlistExports,
    IListeningHistoryStore listeningHistory,
    TimeProvider timeProvider) : IQueryHandler<DownloadMyDataQuery, Result<ExportFileDto>>
{
    public async ValueTask<Result<ExportFileDto>> Handle(DownloadMyDataQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredId;
        if (await siteAccounts.FindAsync(userId, cancellationToken) is not { } account)
        {
            return Error.Unauthenticated();
        }

        var link = await links.FindSummaryByUserAsync(userId, cancellationToken);
        var snapshots = new List<MyDataRankSnapshot>();
        foreach (var kind in Enum.GetValues<TopListKind>())
        {
            foreach (var range in TimeRangeText.All)
            {
                var kept = await rankHistory.ListAsync(userId, kind, range, cancellationToken);
                snapshots.AddRange(kept.Select(MyDataRankSnapshot.From));
            }
        }

        var exportedAt = timeProvider.GetUtcNow();
        var document = new MyDataDocument(
            exportedAt,
            account,
            link is null ? null : MyDataSpotifyLink.From(link),
            await pendingAuthorizations.ListForUserAsync(userId, cancellationToken),
            snapshots,
            (await playlistExports.ListForUserAsync(userId, cancellationToken)).Select(MyDataSavedPlaylist.From).ToArray(),
            await listeningHistory.SummarizeAsync(userId, cancellationToken));
        return ExportFile.CamelCaseJson(ExportFile.FileName("data", exportedAt), document);
    }
}
