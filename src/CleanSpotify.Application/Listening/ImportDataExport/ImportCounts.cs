namespace CleanSpotify.Application.Listening.ImportDataExport;

/// <summary>The counters of an import, added up file by file.</summary>
public sealed record ImportCounts
{
    public static readonly ImportCounts None = new();

    public long RowsRead { get; init; }

    public long PlaysAdded { get; init; }

    /// <summary>Rows matching a play already stored (imported before, or collected from recently-played).</summary>
    public long DuplicatesSkipped { get; init; }

    /// <summary>Collected plays whose estimated time listened was replaced by the export's exact <c>ms_played</c>.</summary>
    public long EstimatesReplaced { get; init; }

    public IReadOnlyDictionary<ImportSkipReason, long> Skipped { get; init; } = new Dictionary<ImportSkipReason, long>();

    /// <summary>End of the earliest play in the files (stored or matched).</summary>
    public DateTimeOffset? FirstPlayAt { get; init; }

    public DateTimeOffset? LastPlayAt { get; init; }

    public ImportCounts Add(ImportCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var skipped = new Dictionary<ImportSkipReason, long>(Skipped);
        foreach (var (reason, count) in other.Skipped)
        {
            skipped[reason] = skipped.GetValueOrDefault(reason) + count;
        }

        return new ImportCounts
        {
            RowsRead = RowsRead + other.RowsRead,
            PlaysAdded = PlaysAdded + other.PlaysAdded,
            DuplicatesSkipped = DuplicatesSkipped + other.DuplicatesSkipped,
            EstimatesReplaced = EstimatesReplaced + other.EstimatesReplaced,
            Skipped = skipped,
            FirstPlayAt = Earliest(FirstPlayAt, other.FirstPlayAt),
            LastPlayAt = Latest(LastPlayAt, other.LastPlayAt),
        };
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
