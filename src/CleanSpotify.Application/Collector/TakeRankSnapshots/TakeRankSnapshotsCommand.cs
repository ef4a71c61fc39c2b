namespace CleanSpotify.Application.Collector.TakeRankSnapshots;

/// <summary>One sweep of the daily rank snapshots: the linked users whose snapshots are due get today's top lists recorded.</summary>
public sealed record TakeRankSnapshotsCommand : ICommand<Result<RankSnapshotsTakenDto>>;
