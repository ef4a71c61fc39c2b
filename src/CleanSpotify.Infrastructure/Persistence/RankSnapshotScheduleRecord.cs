namespace CleanSpotify.Infrastructure.Persistence;

/// <summary>When a user's daily rank snapshots are next due; a linked user without a row is due at once.</summary>
internal sealed class RankSnapshotScheduleRecord : UserOwnedRecord
{
    public DateTimeOffset NextSnapshotAt { get; set; }
}
