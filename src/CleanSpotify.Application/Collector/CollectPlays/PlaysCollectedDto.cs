namespace CleanSpotify.Application.Collector.CollectPlays;

/// <summary>
/// What a sweep did: users polled, users skipped (link needs reconnecting, or their budget share is used), plays
/// stored, gaps recorded, and whether it stopped early for the app-wide cool-down.
/// </summary>
public sealed record PlaysCollectedDto(int Polled, int Skipped, int PlaysStored, int GapsRecorded, bool StoppedByCooldown);
