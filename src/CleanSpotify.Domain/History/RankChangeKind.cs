namespace CleanSpotify.Domain.History;

public enum RankChangeKind
{
    /// <summary>No earlier snapshot covers this position.</summary>
    NoHistory = 0,

    Same = 1,

    Up = 2,

    Down = 3,

    /// <summary>Not in the previous snapshot's list at all.</summary>
    New = 4,
}
