using System.Text.Json;

namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>
/// The totals of the plays this scope stores or changes, held until its transaction commits: <see cref="UnitOfWork"/>
/// flushes them just before, as one upsert of increments per touched row (<see cref="IPlayTotalsWriter"/>), so the
/// totals change with the plays or not at all. Rows go in key order, so two writers of one user's rows (the collector
/// and an import) lock them in the same order. An import's file of 15,000 plays becomes about 25,000 increments
/// rather than one per play and row.
/// </summary>
internal sealed class PlayTotals(IPlayTotalsWriter writer)
{
    private readonly PlayTally _pending = new();

    /// <summary>A new play, counted in its month and in all time.</summary>
    public void Added(string appUserId, PlayRecord play)
    {
        ArgumentNullException.ThrowIfNull(play);
        _pending.Add(appUserId, play, [PlayTally.MonthOf(play.PlayedAt), PlayTotalRecord.AllTime]);
    }

    /// <summary>A stored play whose time listened is about to become <paramref name="msPlayed"/>.</summary>
    public void Replacing(string appUserId, PlayRecord play, int msPlayed)
    {
        ArgumentNullException.ThrowIfNull(play);
        _pending.Replace(appUserId, play, msPlayed, [PlayTally.MonthOf(play.PlayedAt), PlayTotalRecord.AllTime]);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var rows = _pending.Rows
            .OrderBy(r => r.AppUserId, StringComparer.Ordinal)
            .ThenBy(r => r.Month)
            .ThenBy(r => r.Kind)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToArray();
        _pending.Clear();
        await writer.UpsertAsync(rows, cancellationToken);
    }

    /// <summary>Forgets what was counted: the transaction it belonged to did not commit.</summary>
    public void Discard() => _pending.Clear();
}

/// <summary>Adds increments to the stored <see cref="PlayTotalRecord"/> rows, creating the missing ones, on the context's open transaction.</summary>
internal interface IPlayTotalsWriter
{
    Task UpsertAsync(IReadOnlyList<PlayTotalRecord> increments, CancellationToken cancellationToken);
}

/// <summary>The upsert both providers run: only the function names for the smaller and larger of two values differ.</summary>
internal static class PlayTotalsUpsert
{
    public const string Columns =
        "\"AppUserId\", \"Month\", \"Kind\", \"Key\", \"Name\", \"ArtistNames\", \"Plays\", \"Streams\", \"MsPlayed\", \"FirstPlayedAt\", \"LastPlayedAt\"";

    public static string Sql(string rows, string least, string greatest) => $"""
        INSERT INTO "PlayTotals" ({Columns})
        {rows}
        ON CONFLICT ("AppUserId", "Month", "Kind", "Key") DO UPDATE SET
            "Plays" = "PlayTotals"."Plays" + excluded."Plays",
            "Streams" = "PlayTotals"."Streams" + excluded."Streams",
            "MsPlayed" = "PlayTotals"."MsPlayed" + excluded."MsPlayed",
            "FirstPlayedAt" = {least}("PlayTotals"."FirstPlayedAt", excluded."FirstPlayedAt"),
            "LastPlayedAt" = {greatest}("PlayTotals"."LastPlayedAt", excluded."LastPlayedAt"),
            "Name" = CASE WHEN excluded."LastPlayedAt" >= "PlayTotals"."LastPlayedAt" THEN excluded."Name" ELSE "PlayTotals"."Name" END,
            "ArtistNames" = CASE WHEN excluded."LastPlayedAt" >= "PlayTotals"."LastPlayedAt" THEN excluded."ArtistNames" ELSE "PlayTotals"."ArtistNames" END
        """;

    /// <summary>The artists as the column stores them on both providers: a JSON array of strings.</summary>
    public static string ArtistsJson(PlayTotalRecord row) => JsonSerializer.Serialize(row.ArtistNames);
}
