namespace CleanSpotify.SpotifySandbox.Admin;

internal sealed record ServerErrorsRequest(int StatusCode = 503, int Count = 1, string? ListenerKey = null);
