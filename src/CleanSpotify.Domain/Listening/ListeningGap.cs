namespace CleanSpotify.Domain.Listening;

/// <summary>
/// A stretch of time in which plays may be missing: a poll found a full page of plays all newer than the last one
/// stored, so plays between <see cref="From"/> and <see cref="To"/> may have fallen off Spotify's list of 50.
/// </summary>
public sealed record ListeningGap(DateTimeOffset From, DateTimeOffset To, DateTimeOffset DetectedAt);
