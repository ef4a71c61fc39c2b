namespace CleanSpotify.Application.Abstractions;

/// <summary>
/// Port: keeps freshly fetched top-list pages as the day's rank snapshot without holding up the page that fetched
/// them. A page is written shortly after it is recorded, and only while the link it was read with still exists, so a
/// write that comes after an unlink keeps nothing.
/// </summary>
public interface IRankSnapshotRecorder
{
    /// <summary>Queues <paramref name="page"/> for writing; never waits for the database.</summary>
    void Record(RankSnapshotPage page);

    /// <summary>Completes once every page recorded before the call has been written or left out.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
