namespace CleanSpotify.SpotifySandbox.WebApi.Contracts;

internal sealed record PlayHistoryObject(TrackObject Track, string PlayedAt, ContextObject? Context);
