using CleanSpotify.Application.Tracks;
using CleanSpotify.Domain.History;

namespace CleanSpotify.Application.Account.DownloadMyData;

/// <summary>One day's recorded top list: Spotify ids in rank order, null where a position was not recorded.</summary>
public sealed record MyDataRankSnapshot(string List, string Range, DateOnly Day, IReadOnlyList<string?> ItemIds)
{
    public static MyDataRankSnapshot From(RankSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new MyDataRankSnapshot(
            snapshot.Kind == TopListKind.Tracks ? "tracks" : "artists",
            TimeRangeText.ToExportValue(snapshot.Range),
            snapshot.Day,
            snapshot.ItemIds.Select(id => id.Length == 0 ? null : id).ToArray());
    }
}
