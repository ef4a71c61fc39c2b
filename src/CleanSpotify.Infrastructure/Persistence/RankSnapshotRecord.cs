using CleanSpotify.Domain.History;
using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>A stored rank snapshot: one row per user, list, range and day; ids in rank order, space-separated.</summary>
internal sealed class RankSnapshotRecord : UserOwnedRowRecord
{
    public const char Separator = ' ';

    /// <summary>Stands for a position not recorded that day (ids never contain it).</summary>
    public const string UnknownMarker = "-";

    public required TopListKind Kind { get; init; }

    public required TimeRange Range { get; init; }

    public required DateOnly Day { get; init; }

    public required string ItemIds { get; set; }

    public RankSnapshot ToSnapshot() => new(
        Kind,
        Range,
        Day,
        ItemIds.Split(Separator, StringSplitOptions.RemoveEmptyEntries)
            .Select(id => id == UnknownMarker ? RankSnapshot.Unknown : id)
            .ToArray());

    public static string Encode(RankSnapshot snapshot) =>
        string.Join(Separator, snapshot.ItemIds.Select(id => id.Length == 0 ? UnknownMarker : id));
}
