namespace CleanSpotify.Application.Listening;

/// <summary>The narrow row the charts are computed from: when a play ended (UTC) and how long it was played.</summary>
public readonly record struct PlayMoment(DateTimeOffset PlayedAt, int MsPlayed);
