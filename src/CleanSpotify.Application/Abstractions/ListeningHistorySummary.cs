namespace CleanSpotify.Application.Abstractions;

/// <summary>How many plays a user has stored, and when the first and the last one ended (null when none).</summary>
public sealed record ListeningHistorySummary(int PlayCount, DateTimeOffset? FirstPlayedAt, DateTimeOffset? LastPlayedAt);
