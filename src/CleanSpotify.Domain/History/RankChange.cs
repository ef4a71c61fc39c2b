namespace CleanSpotify.Domain.History;

/// <summary>How an item's rank moved since the previous snapshot.</summary>
public readonly record struct RankChange(RankChangeKind Kind, int Places)
{
    public static readonly RankChange NoHistory = new(RankChangeKind.NoHistory, 0);

    /// <summary>
    /// Compares the current rank with the previous snapshot: up or down by the difference, "new" when the previous
    /// snapshot covered that part of the list without the item, and no verdict when there is nothing to compare.
    /// </summary>
    public static RankChange Between(RankSnapshot? previous, string itemId, int currentRank)
    {
        if (previous is null)
        {
            return NoHistory;
        }

        if (previous.RankOf(itemId) is not { } before)
        {
            return previous.Covers(currentRank) ? new RankChange(RankChangeKind.New, 0) : NoHistory;
        }

        return before == currentRank
            ? new RankChange(RankChangeKind.Same, 0)
            : before > currentRank
                ? new RankChange(RankChangeKind.Up, before - currentRank)
                : new RankChange(RankChangeKind.Down, currentRank - before);
    }
}
