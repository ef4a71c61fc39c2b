namespace CleanSpotify.SpotifySandbox;

/// <summary>A sandbox Spotify user the consent page offers. <paramref name="Taste"/> is a one-line description.</summary>
public sealed record SandboxListener(string Key, string AccountId, string UserId, string DisplayName, string Taste);

/// <summary>One play of a listener: the track, when it ended (UTC, millisecond precision) and the track's length.</summary>
public sealed record SandboxPlay(string TrackId, string TrackName, DateTimeOffset PlayedAt, int DurationMs);
