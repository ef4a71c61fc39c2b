namespace CleanSpotify.SpotifySandbox.Admin;

/// <summary>Body of the control calls that only take a listener; null or no body means everyone.</summary>
internal sealed record ListenerFaultRequest(string? ListenerKey = null);
