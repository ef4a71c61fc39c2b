using CleanSpotify.Domain.Tracks;

namespace CleanSpotify.Domain.History;

/// <summary>
/// One user's top list for one range as it stood on one day: item ids in rank order (index 0 is rank 1). Pages are
/// recorded as they are fetched, so positions not seen that day hold <see cref="Unknown"/>.
/// </summary>
public sealed record RankSnapshot(TopListKind Kind, TimeRange Range, DateOnly Day, IReadOnlyList<string> ItemIds)
{
    /// <summary>How long snapshots are kept.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(365);

    public const string Unknown = "";

    public IReadOnlyList<string> ItemIds { get; } = Require.NotNull(ItemIds);

    /// <summary>The item's rank (1-based) in this snapshot, or null when it was not in the recorded part of the list.</summary>
    public int? RankOf(string itemId)
    {
        if (string.IsNullOrEmpty(itemId))
        {
            return null;
        }

        for (var index = 0; index < ItemIds.Count; index++)
        {
            if (string.Equals(ItemIds[index], itemId, StringComparison.Ordinal))
            {
                return index + 1;
            }
        }

        return null;
    }

    /// <summary>Whether this snapshot recorded the position <paramref name="rank"/>.</summary>
    public bool Covers(int rank) => rank >= 1 && rank <= ItemIds.Count && ItemIds[rank - 1].Length > 0;

    /// <summary>This snapshot with one fetched page written at its ranks (<paramref name="offset"/> is rank - 1 of the first).</summary>
    public RankSnapshot WithPage(int offset, IReadOnlyList<string> pageIds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentNullException.ThrowIfNull(pageIds);
        var ids = ItemIds.ToList();
        while (ids.Count < offset + pageIds.Count)
        {
            ids.Add(Unknown);
        }

        for (var index = 0; index < pageIds.Count; index++)
        {
            ids[offset + index] = pageIds[index];
        }

        return new RankSnapshot(Kind, Range, Day, ids);
    }
}
