namespace CleanSpotify.Application.Collector.TakeRankSnapshots;

/// <summary>What a snapshot sweep did: users whose six lists were read, users skipped, and whether the cool-down stopped it.</summary>
public sealed record RankSnapshotsTakenDto(int Users, int Skipped, bool StoppedByCooldown);
